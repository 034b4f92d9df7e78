rule webshell_php_eval_b64_gzinflate
{
    meta:
        author = "hosting-abuse team"
        date = "2024-04-18"
        reference = "CASE-2024-0412"
        tlp = "CLEAR"
        description = "PHP web shell unpacking a payload with gzinflate/base64 then eval"
    strings:
        $php = "<?php" nocase
        $e1 = "eval(gzinflate(base64_decode(" nocase
        $e2 = "eval(str_rot13(" nocase
        $e3 = "assert(base64_decode(" nocase
        $e4 = /\$\w+\s*=\s*strrev\(['"]lave['"]\)/
        $cmd1 = "shell_exec(" nocase
        $cmd2 = "passthru(" nocase
    condition:
        filesize < 400KB and $php and (any of ($e*)) and (any of ($cmd*) or #e1 > 1)
}

rule webshell_reverse_shell_strings
{
    meta:
        author = "hosting-abuse team"
        date = "2024-05-02"
        reference = "CASE-2024-0470"
        tlp = "CLEAR"
    strings:
        $r1 = "/dev/tcp/" ascii
        $r2 = "bash -i >&" ascii
        $r3 = "fsockopen(" nocase
        $r4 = "proc_open(\"/bin/sh\"" nocase
        $r5 = "socket.socket(socket.AF_INET" ascii
        $r6 = "pty.spawn(" ascii
    condition:
        filesize < 200KB and 2 of them
}
