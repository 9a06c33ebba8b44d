// Digest on Azure: a Flex Consumption function app, its storage and monitoring, deployed by `azd up`.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for all resources (one that offers Flex Consumption).')
param location string

@description('When the digest is built: NCrontab with six fields, seconds first, UTC (Flex Consumption does not support WEBSITE_TIME_ZONE).')
param digestSchedule string = '0 0 7 * * *'

@minValue(1)
@description('Stories shown in full in one digest.')
param digestMaxStories int = 10

@minValue(1)
@description('Timeline entries shown per story.')
param digestMaxEntriesPerStory int = 12

@minValue(1)
@description('Days without a new article after which a story leaves the digest.')
param digestStoryRetirementDays int = 30

@description('Whether a digest is mailed when no article arrived since the previous one; by default it is only stored.')
param digestSendEmpty bool = false

@minValue(10000)
@description('Most bytes of each e-mail part (HTML, text); Gmail clips HTML past about 102 KB.')
param digestMaxPartBytes int = 100000

@description('IANA time zone the digest shows its times in, e.g. Europe/Berlin; empty for UTC.')
param digestTimeZone string = ''

@description('Blob prefix (container/path/) in the Digest storage account whose Scriban templates replace the embedded ones; empty for the embedded templates.')
param digestTemplates string = ''

@minValue(1)
@maxValue(600)
@description('Seconds one article may take to parse before its summary records an error instead.')
param articleTimeBudgetSeconds int = 10

@description('SMTP relay host, e.g. smtp.azurecomm.net or smtp.sendgrid.net. Empty turns email off; digests are still stored.')
param smtpHost string = ''

@description('SMTP port.')
param smtpPort int = 587

@allowed(['StartTls', 'SslOnConnect', 'Auto', 'None'])
@description('How the SMTP connection is secured: StartTls (port 587), SslOnConnect (port 465), Auto, or None for a trusted relay only.')
param smtpTlsMode string = 'StartTls'

@description('SMTP user name.')
param smtpUser string = ''

@secure()
@description('SMTP password; stored in Key Vault, and the app reads it through a Key Vault reference.')
param smtpPassword string = ''

@description('Sender address of the digest email.')
param smtpFrom string = ''

@description('Comma-separated recipients of the digest email.')
param smtpTo string = ''

@secure()
@description('Webhook URL each digest is also posted to (Slack incoming webhook, Teams workflow); empty turns the webhook off. It carries a token: stored in Key Vault, read by the app through a Key Vault reference.')
param webhookUrl string = ''

@description('Object id of the person deploying; azd sets it. Gets blob data access so `digest upload` works against the account.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
@description('What kind of principal principalId is; azd sets AZURE_PRINCIPAL_TYPE (ServicePrincipal when a pipeline deploys).')
param principalType string = 'User'

var tags = { 'azd-env-name': environmentName }

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module digest 'modules/digest.bicep' = {
  name: 'digest'
  scope: resourceGroup
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    digestSchedule: digestSchedule
    digestMaxStories: digestMaxStories
    digestMaxEntriesPerStory: digestMaxEntriesPerStory
    digestStoryRetirementDays: digestStoryRetirementDays
    digestSendEmpty: digestSendEmpty
    digestMaxPartBytes: digestMaxPartBytes
    digestTimeZone: digestTimeZone
    digestTemplates: digestTemplates
    articleTimeBudgetSeconds: articleTimeBudgetSeconds
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpTlsMode: smtpTlsMode
    smtpUser: smtpUser
    smtpPassword: smtpPassword
    smtpFrom: smtpFrom
    smtpTo: smtpTo
    webhookUrl: webhookUrl
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = digest.outputs.functionAppName
output AZURE_STORAGE_ACCOUNT_NAME string = digest.outputs.storageAccountName
output AZURE_EVENT_GRID_TOPIC_NAME string = digest.outputs.eventGridTopicName
output AZURE_EVENT_DEAD_LETTER_ENDPOINT string = digest.outputs.eventDeadLetterEndpoint
output AZURE_KEY_VAULT_NAME string = digest.outputs.keyVaultName
