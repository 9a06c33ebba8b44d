// Everything Digest runs on, in one resource group. Identity-based access only: the storage account refuses
// shared keys, and secrets live in Key Vault.

@description('Name of the azd environment.')
param environmentName string

@description('Azure region for all resources.')
param location string

@description('Tags for every resource.')
param tags object

@description('NCrontab schedule (six fields, seconds first) of the digest timer.')
param digestSchedule string

@minValue(1)
@description('Stories shown in full in one digest (app setting DigestMaxStories).')
param digestMaxStories int

@minValue(1)
@description('Timeline entries shown per story (app setting DigestMaxEntriesPerStory).')
param digestMaxEntriesPerStory int

@minValue(1)
@description('Days without a new article after which a story leaves the digest (app setting DigestStoryRetirementDays).')
param digestStoryRetirementDays int

@description('Whether a digest is mailed when no article arrived since the previous one (app setting DigestSendEmpty).')
param digestSendEmpty bool

@minValue(10000)
@description('Most bytes of each e-mail part, HTML and text (app setting DigestMaxPartBytes).')
param digestMaxPartBytes int

@description('IANA time zone the digest shows its times in, e.g. Europe/Berlin (app setting DigestTimeZone); empty for UTC. The schedule stays UTC: Flex Consumption does not support WEBSITE_TIME_ZONE.')
param digestTimeZone string

@description('Blob prefix (container/path/) whose Scriban templates replace the embedded ones (app setting DigestTemplates); empty for the embedded templates.')
param digestTemplates string

@minValue(1)
@maxValue(600)
@description('Seconds one article may take to parse before its summary records an error (app setting ArticleTimeBudgetSeconds).')
param articleTimeBudgetSeconds int

@description('SMTP relay host; empty turns email off.')
param smtpHost string

@description('SMTP port.')
param smtpPort int

@allowed(['StartTls', 'SslOnConnect', 'Auto', 'None'])
@description('How the SMTP connection is secured (app setting Smtp__TlsMode).')
param smtpTlsMode string

@description('SMTP user name.')
param smtpUser string

@secure()
@description('SMTP password, kept in Key Vault.')
param smtpPassword string

@description('Sender address.')
param smtpFrom string

@description('Comma-separated recipients.')
param smtpTo string

@secure()
@description('Webhook URL digests are also posted to, kept in Key Vault; empty turns the webhook off.')
param webhookUrl string

@description('Object id of the person deploying (azd sets it), given data access to upload articles; empty for none.')
param deployerPrincipalId string

// ARM checks a role assignment's principalType against the principal and answers UnmatchedPrincipalType when they
// differ, so a pipeline's service principal must not be assigned as a 'User'.
@allowed(['User', 'ServicePrincipal', 'Group'])
@description('What kind of principal deployerPrincipalId is: User from a laptop, ServicePrincipal from a pipeline (azd sets AZURE_PRINCIPAL_TYPE).')
param deployerPrincipalType string

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
var deploymentContainerName = 'app-package-${token}'
var digestContainerNames = ['articles', 'summaries', 'digests', 'articles-poison', 'digest-runtime']

// Blob events Event Grid could not deliver to ParseArticle within its retry policy land here instead of being dropped.
var eventDeadLetterContainerName = 'events-deadletter'

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-digest-${token}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stdigest${token}'
  location: location
  tags: tags
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for name in concat(digestContainerNames, [deploymentContainerName]): {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

resource eventDeadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: eventDeadLetterContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-digest-${token}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-digest-${token}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-digest-${token}'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
  }
}

resource webhookUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(webhookUrl)) {
  parent: vault
  name: 'digest-webhook-url'
  properties: {
    value: webhookUrl
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-digest-${token}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-digest-${token}'
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    // Only what Flex Consumption supports: ftpsState, alwaysOn, linuxFxVersion and the other properties listed under
    // "Flex Consumption plan deprecations" (Azure Functions app settings reference) are rejected in newer regions
    // (error 51021). Flex has no FTP endpoint to disable.
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Identity-based host storage: no connection string, no key. The function identity's client id picks it among
// the app's identities. No AZURE_CLIENT_ID: the Functions identity-based connection guide warns against the Azure
// SDK's environment-credential variables in an app's settings, and every client here names its identity through
// `__clientId` (the host's connections, Digest.Storage's StorageConnection, App Insights' authentication string).
var hostSettings = {
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
  DigestSchedule: digestSchedule
  DigestMaxStories: string(digestMaxStories)
  DigestMaxEntriesPerStory: string(digestMaxEntriesPerStory)
  DigestStoryRetirementDays: string(digestStoryRetirementDays)
  DigestSendEmpty: string(digestSendEmpty)
  DigestMaxPartBytes: string(digestMaxPartBytes)
  ArticleTimeBudgetSeconds: string(articleTimeBudgetSeconds)
}

// Optional settings are left out rather than set empty, so the app's own defaults apply.
var optionalDigestSettings = union(
  empty(digestTimeZone) ? {} : { DigestTimeZone: digestTimeZone },
  empty(digestTemplates) ? {} : { DigestTemplates: digestTemplates }
)

var smtpSettings = empty(smtpHost)
  ? {}
  : {
      Smtp__Host: smtpHost
      Smtp__Port: string(smtpPort)
      Smtp__TlsMode: smtpTlsMode
      Smtp__User: smtpUser
      Smtp__From: smtpFrom
      Smtp__To: smtpTo
    }

// The password is never an app setting's value: the app resolves the Key Vault reference with its identity.
var smtpPasswordSettings = empty(smtpPassword)
  ? {}
  : {
      Smtp__Password: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/smtp-password/)'
    }

// The webhook URL carries its receiver's token, so like the password it is only a Key Vault reference.
var webhookSettings = empty(webhookUrl)
  ? {}
  : {
      DigestWebhookUrl: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/digest-webhook-url/)'
    }

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(hostSettings, optionalDigestSettings, smtpSettings, smtpPasswordSettings, webhookSettings)
  dependsOn: [
    storageRoles
    smtpPasswordSecret
    webhookUrlSecret
    vaultSecretsUser
  ]
}

// Storage Blob Data Owner also lets the app ask for a user delegation key, which signs the read-only link from a
// shortened e-mail to the whole digest it stored (SasFullDigestLinks); the account has no key the app could use instead.
var functionStorageRoles = [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in functionStorageRoles: {
    name: guid(storage.id, identity.id, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerBlobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(storage.id, deployerPrincipalId, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

// Flex Consumption blob triggers need Event Grid. The subscription to the function's webhook needs the
// function's blobs_extension key, which exists only once the code is deployed: a postdeploy hook creates it.
resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: 'evgt-digest-${token}'
  location: location
  tags: tags
  // The account refuses shared keys, so Event Grid writes dead letters as the topic's own identity
  // ("Dead letter and retry policies", Event Grid: dead-lettering with a managed identity).
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource topicDeadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(eventDeadLetterContainer.id, topic.id, storageBlobDataContributor)
  scope: eventDeadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output functionAppName string = app.name
output storageAccountName string = storage.name
output eventGridTopicName string = topic.name
output eventDeadLetterEndpoint string = eventDeadLetterContainer.id
output keyVaultName string = vault.name
