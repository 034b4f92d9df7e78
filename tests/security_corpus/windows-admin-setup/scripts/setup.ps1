if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')) {
  Start-Process powershell -Verb RunAs -ArgumentList '-File', $PSCommandPath
  exit
}
Enable-WindowsOptionalFeature -Online -FeatureName IIS-WebServerRole
