#!/bin/sh
# Subscribes the ParseArticle function to the blob events of articles/ (Flex Consumption blob triggers are Event Grid
# based). Run by azd after deploy; safe to run again. Needs the Azure CLI, signed in.
set -eu

: "${AZURE_RESOURCE_GROUP:?run through azd, or export AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?run through azd, or export AZURE_FUNCTION_APP_NAME}"
: "${AZURE_EVENT_GRID_TOPIC_NAME:?run through azd, or export AZURE_EVENT_GRID_TOPIC_NAME}"
: "${AZURE_EVENT_DEAD_LETTER_ENDPOINT:?run through azd, or export AZURE_EVENT_DEAD_LETTER_ENDPOINT}"

# The host creates the key when it first loads a blob trigger; give a fresh deployment a few minutes.
key=""
attempt=0
while [ -z "$key" ] && [ "$attempt" -lt 30 ]; do
  key=$(az functionapp keys list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" -o tsv 2>/dev/null || true)
  if [ -z "$key" ]; then
    attempt=$((attempt + 1))
    echo "Waiting for the function app's blobs_extension key ($attempt/30)..."
    sleep "${DIGEST_HOOK_RETRY_SECONDS:-10}"
  fi
done
[ -n "$key" ] || { echo "The function app has no blobs_extension key; is ParseArticle deployed?" >&2; exit 1; }

host=$(az functionapp show -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query defaultHostName -o tsv)
[ -n "$host" ] || { echo "The function app $AZURE_FUNCTION_APP_NAME has no host name." >&2; exit 1; }
endpoint="https://$host/runtime/webhooks/blobs?functionName=Host.Functions.ParseArticle&code=$key"

# Only the calls that complete a blob: one article written in several requests (blocks, then a block list) raises
# one parse, not one per request ("Reacting to Blob storage events": filtering events by data.api).
# Undeliverable events go to the dead-letter container as the topic's identity, not to nowhere.
if ! az eventgrid system-topic event-subscription create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$AZURE_EVENT_GRID_TOPIC_NAME" \
  --name parse-article \
  --endpoint "$endpoint" \
  --endpoint-type webhook \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with /blobServices/default/containers/articles/ \
  --advanced-filter data.api StringIn PutBlob PutBlockList CopyBlob FlushWithClose \
  --deadletter-identity systemassigned \
  --deadletter-identity-endpoint "$AZURE_EVENT_DEAD_LETTER_ENDPOINT" \
  --event-delivery-schema EventGridSchema \
  --output none; then
  echo "Could not subscribe ParseArticle to $AZURE_EVENT_GRID_TOPIC_NAME (the az error is above); articles will not be parsed." >&2
  exit 1
fi

echo "ParseArticle receives completed blobs of articles/ from $AZURE_EVENT_GRID_TOPIC_NAME."
