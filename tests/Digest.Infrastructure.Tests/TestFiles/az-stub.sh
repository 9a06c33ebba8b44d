#!/bin/sh
# Stands in for the Azure CLI in the hook tests: records each call's arguments, one per line after a '---' line, in
# $STUB_AZ_LOG, answers the few queries the hooks make, and fails a call whose arguments start with $STUB_AZ_FAIL.
{
  echo "---"
  for argument in "$@"; do printf '%s\n' "$argument"; done
} >> "$STUB_AZ_LOG"

if [ -n "${STUB_AZ_FAIL:-}" ]; then
  case "$*" in
    "$STUB_AZ_FAIL"*) echo "ERROR: stub failure of '$STUB_AZ_FAIL'" >&2; exit 1 ;;
  esac
fi

case "$1 $2 $3" in
  "functionapp keys list") [ -n "${STUB_AZ_KEY:-}" ] && echo "$STUB_AZ_KEY" ;;
  "functionapp show -g") echo "${STUB_AZ_HOST:-}" ;;
  "keyvault list-deleted --resource-type") [ -n "${STUB_AZ_DELETED_VAULT:-}" ] && echo "$STUB_AZ_DELETED_VAULT" ;;
esac
exit 0
