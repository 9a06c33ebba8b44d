#!/bin/sh
# Frees this environment's Key Vault name before provisioning. Key Vault keeps a deleted vault's name for its
# soft-delete retention (7 days here), and Resource Manager refuses to create a vault of that name meanwhile
# ("A vault with the same name already exists in deleted state"), so `azd up` after `azd down` without `--purge`,
# or after the resource group was deleted by hand, would fail. The vault holds only the SMTP password, whose source
# is the azd environment (`azd env set-secret`), so nothing is lost by purging the deleted copy.
# Run by azd before provisioning; does nothing on a first provision or while the vault exists.
set -eu

vault="${AZURE_KEY_VAULT_NAME:-}"
if [ -z "$vault" ]; then
  exit 0
fi

deleted=$(az keyvault list-deleted --resource-type vault --query "[?name=='$vault'].name" -o tsv)
if [ -z "$deleted" ]; then
  exit 0
fi

echo "Key Vault $vault of this environment was deleted but not purged; purging it so the name can be used again..."
if ! az keyvault purge --name "$vault" --output none; then
  echo "Could not purge the deleted Key Vault $vault (the az error is above). Purge it with 'az keyvault purge --name $vault', or wait until its retention ends." >&2
  exit 1
fi
echo "Purged Key Vault $vault."
