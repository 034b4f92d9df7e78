rule phishkit_telegram_exfil_bank_login
{
    meta:
        author = "hosting-abuse team"
        date = "2024-06-11"
        reference = "CASE-2024-0533"
        tlp = "CLEAR"
        description = "Bank-login phishing kit that posts captured credentials to a Telegram bot"
    strings:
        $tg = "api.telegram.org/bot" ascii
        $send = "sendMessage?chat_id=" ascii
        $f1 = "$_POST['password']" ascii
        $f2 = "$_POST['otp']" ascii
        $f3 = "$_SERVER['REMOTE_ADDR']" ascii
        $ua = "HTTP_USER_AGENT" ascii
        $anti1 = "googlebot" nocase
        $anti2 = "phishtank" nocase
    condition:
        filesize < 100KB and $tg and $send and 2 of ($f*) and ($ua or any of ($anti*))
}

rule phishkit_ps_downloader_in_zip
{
    meta:
        author = "hosting-abuse team"
        date = "2024-06-20"
        reference = "CASE-2024-0561"
        tlp = "CLEAR"
    strings:
        $p1 = "powershell -nop -w hidden -enc" nocase
        $p2 = "IEX (New-Object Net.WebClient).DownloadString(" nocase
        $p3 = "FromBase64String(" nocase
    condition:
        2 of them
}
