targetScope = 'subscription'

// ---------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------

@description('azd environment name; part of every resource name and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of every resource, e.g. japaneast.')
@minLength(1)
param location string

@description('Resource group to create; empty means rg-<environmentName>.')
param resourceGroupName string = ''

// ---------------------------------------------------------------------------
// Durable Functions backend
// ---------------------------------------------------------------------------

@description('Where durable orchestration state lives: AzureStorage (the app\'s storage account) or DurableTaskScheduler.')
@allowed([
  'AzureStorage'
  'DurableTaskScheduler'
])
param durableBackend string = 'AzureStorage'

@description('Durable Task Scheduler SKU, used only with durableBackend = DurableTaskScheduler.')
@allowed([
  'Consumption'
  'Dedicated'
])
param durableTaskSchedulerSku string = 'Consumption'

@description('Durable task hub name; the same as extensions.durableTask.hubName in host.json.')
param taskHubName string = 'TransformationHub'

// ---------------------------------------------------------------------------
// Sign-in (Microsoft.Identity.Web)
// ---------------------------------------------------------------------------

@description('Entra ID instance (AzureAd:Instance); empty means the cloud\'s login endpoint, https://login.microsoftonline.com/ in the public cloud.')
param azureAdInstance string = ''

@description('Entra ID tenant id of the app registration (AzureAd:TenantId); empty means the tenant of the deployment.')
param azureAdTenantId string = ''

@description('Client (application) id of the app registration that defines the app roles (AzureAd:ClientId).')
@minLength(1)
param azureAdClientId string

@description('Audience of the access tokens (AzureAd:Audience); empty means api://<azureAdClientId>.')
param azureAdAudience string = ''

// ---------------------------------------------------------------------------
// Mail
// ---------------------------------------------------------------------------

@description('SendGrid API key; stored in Key Vault as SendGridApiKey, never in an app setting.')
@secure()
@minLength(1)
param sendGridApiKey string

@description('Sender address of every email (a verified SendGrid sender).')
@minLength(3)
param mailFromAddress string

@description('Sender display name of every email; empty means 人事課.')
param mailFromName string = '人事課'

// ---------------------------------------------------------------------------
// Sizing and retention
// ---------------------------------------------------------------------------

@description('Most instances the Flex Consumption app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Turn on Key Vault purge protection (irreversible; recommended for production).')
param enableKeyVaultPurgeProtection bool = false

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

var tags = {
  'azd-env-name': environmentName
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-${resourceToken}'
var identityName = 'id-${resourceToken}'
var useScheduler = durableBackend == 'DurableTaskScheduler'

// azd passes an unset environment variable as an empty string: empty means "use the default".
var effectiveAzureAdInstance = !empty(azureAdInstance) ? azureAdInstance : environment().authentication.loginEndpoint
var effectiveAzureAdTenantId = !empty(azureAdTenantId) ? azureAdTenantId : tenant().tenantId
var effectiveAzureAdAudience = !empty(azureAdAudience) ? azureAdAudience : 'api://${azureAdClientId}'
var effectiveMailFromName = !empty(mailFromName) ? mailFromName : '人事課'

// Timer schedules are declared once, in workflows/schedules.json.
var schedules = loadJsonContent('../workflows/schedules.json')

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}'
    principalId: identity.outputs.principalId
    identityName: identityName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
    identityName: identityName
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    identityName: identityName
    sendGridApiKey: sendGridApiKey
    enablePurgeProtection: enableKeyVaultPurgeProtection
  }
}

module scheduler 'modules/durable-scheduler.bicep' = if (useScheduler) {
  name: 'durable-scheduler'
  scope: rg
  params: {
    name: 'dts-${resourceToken}'
    location: location
    tags: tags
    taskHubName: taskHubName
    skuName: durableTaskSchedulerSku
    principalId: identity.outputs.principalId
    identityName: identityName
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    serviceName: 'functions'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    sendGridSecretUri: keyVault.outputs.sendGridSecretUri
    durableBackend: durableBackend
    durableTaskSchedulerEndpoint: useScheduler ? scheduler!.outputs.endpoint : ''
    taskHubName: taskHubName
    azureAdInstance: effectiveAzureAdInstance
    azureAdTenantId: effectiveAzureAdTenantId
    azureAdClientId: azureAdClientId
    azureAdAudience: effectiveAzureAdAudience
    mailFromAddress: mailFromAddress
    mailFromName: effectiveMailFromName
    schedules: schedules
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_DURABLE_BACKEND string = durableBackend
output DURABLE_TASK_SCHEDULER_ENDPOINT string = useScheduler ? scheduler!.outputs.endpoint : ''
