#!/usr/bin/env pwsh
<#
.SYNOPSIS
  Read-only Microsoft Defender health report. Changes nothing.
#>
[CmdletBinding()]
param([switch]$Json)

if (-not (Get-Command Get-MpComputerStatus -ErrorAction SilentlyContinue)) {
    Write-Error 'Defender cmdlets not available (not Windows, or Defender is replaced by another AV).'
    exit 1
}

$status = Get-MpComputerStatus
$pref = Get-MpPreference
$detections = @(Get-MpThreatDetection -ErrorAction SilentlyContinue |
    Sort-Object InitialDetectionTime -Descending | Select-Object -First 10)

function Days([datetime]$when) {
    if (-not $when -or $when.Year -lt 2000) { return $null }
    return [math]::Round(((Get-Date) - $when).TotalDays, 1)
}

$broad = @('C:\', 'C:', '%TEMP%', "$env:TEMP", "$env:USERPROFILE\Downloads", "$env:USERPROFILE")
$exclusions = @($pref.ExclusionPath | Where-Object { $_ })
$warnings = New-Object System.Collections.Generic.List[string]

if (-not $status.RealTimeProtectionEnabled) { $warnings.Add('Real-time protection is OFF') }
if ($pref.DisableRealtimeMonitoring) { $warnings.Add('DisableRealtimeMonitoring preference is set') }
if ($status.IsTamperProtected -eq $false) { $warnings.Add('Tamper protection is OFF') }
$sigAge = Days $status.AntivirusSignatureLastUpdated
if ($sigAge -gt 7) { $warnings.Add("Signatures are $sigAge days old") }
foreach ($e in $exclusions) {
    if ($broad -contains $e.TrimEnd('\') -or $broad -contains $e) { $warnings.Add("Broad exclusion: $e") }
}
foreach ($d in $detections) {
    if ($d.ActionSuccess -eq $false) { $warnings.Add("Detection not remediated (ThreatID $($d.ThreatID))") }
}

$report = [ordered]@{
    RealTimeProtectionEnabled = $status.RealTimeProtectionEnabled
    TamperProtection          = if ($status.IsTamperProtected) { 'On' } else { 'Off' }
    SignatureAgeDays          = $sigAge
    LastQuickScanDays         = Days $status.QuickScanEndTime
    LastFullScanDays          = Days $status.FullScanEndTime
    ExclusionPaths            = $exclusions
    ExclusionProcesses        = @($pref.ExclusionProcess | Where-Object { $_ })
    RecentDetections          = $detections.Count
    Warnings                  = $warnings
}

if ($Json) {
    $report | ConvertTo-Json -Depth 3
} else {
    $report.GetEnumerator() | ForEach-Object {
        $v = if ($_.Value -is [System.Collections.IEnumerable] -and $_.Value -isnot [string]) { ($_.Value -join '; ') } else { $_.Value }
        '{0,-26} {1}' -f $_.Key, $(if ($null -eq $v -or $v -eq '') { 'n/a' } else { $v })
    }
    if ($warnings.Count -eq 0) { "`nVerdict: Defender looks healthy." } else { "`nVerdict: $($warnings.Count) item(s) to look at." }
}
