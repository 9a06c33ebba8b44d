# Subscribes the ParseArticle function to the blob events of articles/ (Flex Consumption blob triggers are Event Grid
# based). Run by azd after deploy; safe to run again. Needs the Azure CLI, signed in.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENT_GRID_TOPIC_NAME', 'AZURE_EVENT_DEAD_LETTER_ENDPOINT') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "Run through azd, or set $name." }
}
$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$topic = $env:AZURE_EVENT_GRID_TOPIC_NAME
$retrySeconds = if ($env:DIGEST_HOOK_RETRY_SECONDS) { [int]$env:DIGEST_HOOK_RETRY_SECONDS } else { 10 }

# $ErrorActionPreference does not cover native commands: a failed az call must stop the hook by its exit code.
function Invoke-Az {
    $output = & az @args
    if ($LASTEXITCODE -ne 0) { throw "az $($args[0..2] -join ' ') failed with exit code $LASTEXITCODE (its error is above)." }
    $output
}

# On Windows az is az.cmd, and cmd.exe ends a command at an unquoted '&'. PowerShell adds no quotes to an argument
# without spaces, so a URL with '&code=' would be cut there; it has to reach cmd.exe inside double quotes (Azure CLI
# docs, "Considerations for running the Azure CLI in a PowerShell scripting language"). Elsewhere az is a plain
# executable that receives each argument as it is.
function ConvertTo-AzArgument([string]$value) {
    $az = Get-Command az -CommandType Application | Select-Object -First 1
    if ($az.Extension -in '.cmd', '.bat') { return "`"$value`"" }
    return $value
}

# The host creates the key when it first loads a blob trigger; give a fresh deployment a few minutes.
$key = ''
for ($attempt = 1; $attempt -le 30 -and -not $key; $attempt++) {
    $key = & az functionapp keys list -g $group -n $app --query 'systemKeys.blobs_extension' -o tsv 2>$null
    if ($LASTEXITCODE -ne 0) { $key = '' }
    if (-not $key) {
        Write-Host "Waiting for the function app's blobs_extension key ($attempt/30)..."
        Start-Sleep -Seconds $retrySeconds
    }
}
if (-not $key) { throw 'The function app has no blobs_extension key; is ParseArticle deployed?' }

$hostName = Invoke-Az functionapp show -g $group -n $app --query defaultHostName -o tsv
if (-not $hostName) { throw "The function app $app has no host name." }
$endpoint = "https://$hostName/runtime/webhooks/blobs?functionName=Host.Functions.ParseArticle&code=$key"

# Only the calls that complete a blob: one article written in several requests (blocks, then a block list) raises
# one parse, not one per request ("Reacting to Blob storage events": filtering events by data.api).
# Undeliverable events go to the dead-letter container as the topic's identity, not to nowhere.
Invoke-Az eventgrid system-topic event-subscription create `
    --resource-group $group `
    --system-topic-name $topic `
    --name parse-article `
    --endpoint (ConvertTo-AzArgument $endpoint) `
    --endpoint-type webhook `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with /blobServices/default/containers/articles/ `
    --advanced-filter data.api StringIn PutBlob PutBlockList CopyBlob FlushWithClose `
    --deadletter-identity systemassigned `
    --deadletter-identity-endpoint $env:AZURE_EVENT_DEAD_LETTER_ENDPOINT `
    --event-delivery-schema EventGridSchema `
    --output none | Out-Null

Write-Host "ParseArticle receives completed blobs of articles/ from $topic."
