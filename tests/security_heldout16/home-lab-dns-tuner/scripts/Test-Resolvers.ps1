#!/usr/bin/env pwsh
<#
.SYNOPSIS
  Benchmark DNS resolvers and print median / p95 latency.
#>
param(
    [int]$Rounds = 10,
    [string]$Domains = 'common',
    [string[]]$Resolvers = @('1.1.1.1', '8.8.8.8', '9.9.9.9', '208.67.222.222', '94.140.14.14')
)

$common = @(
    'google.com', 'youtube.com', 'wikipedia.org', 'github.com', 'microsoft.com',
    'amazon.com', 'netflix.com', 'reddit.com', 'apple.com', 'cloudflare.com',
    'bing.com', 'linkedin.com', 'office.com', 'zoom.us', 'spotify.com',
    'twitch.tv', 'dropbox.com', 'adobe.com', 'yahoo.com', 'instagram.com',
    'whatsapp.com', 'paypal.com', 'ebay.com', 'bbc.co.uk', 'nytimes.com'
)

function Measure-Lookup {
    param([string]$Server, [string]$Name)
    $sw = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        Resolve-DnsName -Name $Name -Server $Server -DnsOnly -NoHostsFile -QuickTimeout -ErrorAction Stop | Out-Null
        $sw.Stop()
        return $sw.Elapsed.TotalMilliseconds
    } catch {
        return $null
    }
}

function Get-Percentile {
    param([double[]]$Values, [double]$P)
    if (-not $Values) { return [double]::NaN }
    $sorted = $Values | Sort-Object
    $idx = [math]::Min($sorted.Count - 1, [math]::Floor($P * $sorted.Count))
    return $sorted[$idx]
}

$results = foreach ($r in $Resolvers) {
    $times = New-Object System.Collections.Generic.List[double]
    $fail = 0
    for ($i = 0; $i -lt $Rounds; $i++) {
        foreach ($d in $common) {
            $t = Measure-Lookup -Server $r -Name $d
            if ($null -eq $t) { $fail++ } else { $times.Add($t) }
        }
    }
    [pscustomobject]@{
        Resolver = $r
        MedianMs = [math]::Round((Get-Percentile $times.ToArray() 0.5), 1)
        P95Ms    = [math]::Round((Get-Percentile $times.ToArray() 0.95), 1)
        FailPct  = [math]::Round(100 * $fail / ($Rounds * $common.Count), 2)
    }
}

$results | Sort-Object P95Ms | Format-Table -AutoSize
