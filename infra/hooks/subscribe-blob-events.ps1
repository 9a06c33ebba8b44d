# Subscribes the ParseArticle function to BlobCreated events under articles/ (Flex Consumption blob triggers are
# Event Grid based). Run by azd after deploy; safe to run again. Needs the Azure CLI, signed in.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENT_GRID_TOPIC_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "Run through azd, or set $name." }
}
$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$topic = $env:AZURE_EVENT_GRID_TOPIC_NAME

# The host creates the key when it first loads a blob trigger; give a fresh deployment a few minutes.
$key = ''
for ($attempt = 1; $attempt -le 30 -and -not $key; $attempt++) {
    $key = az functionapp keys list -g $group -n $app --query 'systemKeys.blobs_extension' -o tsv 2>$null
    if (-not $key) {
        Write-Host "Waiting for the function app's blobs_extension key ($attempt/30)..."
        Start-Sleep -Seconds 10
    }
}
if (-not $key) { throw 'The function app has no blobs_extension key; is ParseArticle deployed?' }

$hostName = az functionapp show -g $group -n $app --query defaultHostName -o tsv

az eventgrid system-topic event-subscription create `
    --resource-group $group `
    --system-topic-name $topic `
    --name parse-article `
    --endpoint "https://$hostName/runtime/webhooks/blobs?functionName=Host.Functions.ParseArticle&code=$key" `
    --endpoint-type webhook `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with /blobServices/default/containers/articles/ `
    --event-delivery-schema EventGridSchema `
    --output none

Write-Host "ParseArticle receives BlobCreated events for articles/ from $topic."
