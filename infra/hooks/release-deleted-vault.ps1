# Frees this environment's Key Vault name before provisioning. Key Vault keeps a deleted vault's name for its
# soft-delete retention (7 days here), and Resource Manager refuses to create a vault of that name meanwhile
# ("A vault with the same name already exists in deleted state"), so `azd up` after `azd down` without `--purge`,
# or after the resource group was deleted by hand, would fail. The vault holds only the SMTP password, whose source
# is the azd environment (`azd env set-secret`), so nothing is lost by purging the deleted copy.
# Run by azd before provisioning; does nothing on a first provision or while the vault exists.
$ErrorActionPreference = 'Stop'

$vault = $env:AZURE_KEY_VAULT_NAME
if (-not $vault) { exit 0 }

$deleted = & az keyvault list-deleted --resource-type vault --query "[?name=='$vault'].name" -o tsv
if ($LASTEXITCODE -ne 0) { throw "az keyvault list-deleted failed with exit code $LASTEXITCODE (its error is above)." }
if (-not $deleted) { exit 0 }

Write-Host "Key Vault $vault of this environment was deleted but not purged; purging it so the name can be used again..."
& az keyvault purge --name $vault --output none
if ($LASTEXITCODE -ne 0) {
    throw "Could not purge the deleted Key Vault $vault (the az error is above). Purge it with 'az keyvault purge --name $vault', or wait until its retention ends."
}
Write-Host "Purged Key Vault $vault."
