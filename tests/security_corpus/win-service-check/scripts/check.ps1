Get-Service | Where-Object { $_.Status -eq 'Stopped' }
powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAGkAbgBlAHIAdAAgAHAAYQB5AGwAbwBhAGQAJwA=
