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
// Sign-in: the app's own OpenID Connect sign-in for pages, Microsoft.Identity.Web for API bearer tokens.
// No App Service Authentication: Flex Consumption does not support it.
// ---------------------------------------------------------------------------

@description('Entra ID instance (AzureAd:Instance); empty means the cloud\'s login endpoint (https://login.microsoftonline.com/).')
param azureAdInstance string = ''

@description('Entra ID tenant id of the app registration (AzureAd:TenantId); empty means the tenant of the deployment.')
param azureAdTenantId string = ''

@description('Client (application) id of the app registration that defines the app roles (AzureAd:ClientId).')
@minLength(1)
param azureAdClientId string

@description('Audience of the access tokens (AzureAd:Audience); empty means api://<azureAdClientId>.')
param azureAdAudience string = ''

@description('Claim holding the roster staff id (SignIn:StaffIdClaim); empty means matching by the email in preferred_username/upn/email.')
param signInStaffIdClaim string = ''

// ---------------------------------------------------------------------------
// Mail
// ---------------------------------------------------------------------------

@description('SendGrid API key; stored in Key Vault as SendGridApiKey, never in an app setting.')
@secure()
@minLength(1)
param sendGridApiKey string

@description('Key (32 random bytes, base64) that seals survey answers while they wait for the close; Key Vault secret SurveySealKey. Generate once (openssl rand -base64 32); never change it while a survey is open.')
@secure()
@minLength(44)
param surveySealKey string

@description('Seals 360 ratings until the close (Key Vault secret RatingSealKey): 32 random bytes, base64; never change it while a round is open.')
@secure()
@minLength(44)
param ratingSealKey string

@description('Sender address of every email (a verified SendGrid sender).')
@minLength(3)
param mailFromAddress string

@description('Sender display name of every email; empty means 人事課.')
param mailFromName string = '人事課'

// ---------------------------------------------------------------------------
// Process settings that name this ministry's people and mailboxes (workflows/*.json holds examples). They are
// parameters so that every provision writes them again: the app settings are replaced as a whole each time.
// ---------------------------------------------------------------------------

@description('HR\'s mailbox told when a Team-Up ranking waits for confirmation (TeamUp:HrMailbox); empty keeps workflows/team-up.json.')
param teamUpHrMailbox string = ''

@description('HR\'s mailbox told of each care sheet outcome (CareSheets:HrEmail); empty keeps workflows/care-sheets.json.')
param careSheetsHrEmail string = ''

@description('Bureau coordinators for improvement plans, bureau code to staff ids, e.g. {"200": ["2010003"]} (SurveyPlans:Coordinators).')
param surveyPlanCoordinators { *: string[] } = {}

@description('Any other app settings, name to value (e.g. CareSheets__HrName). Settings the template writes itself win over these.')
param extraAppSettings { *: string } = {}

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
var storageAccountName = 'st${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'

// azd passes an unset environment variable as an empty string: empty means "use the default".
var effectiveAzureAdInstance = !empty(azureAdInstance) ? azureAdInstance : environment().authentication.loginEndpoint
var effectiveAzureAdTenantId = !empty(azureAdTenantId) ? azureAdTenantId : tenant().tenantId
var effectiveAzureAdAudience = !empty(azureAdAudience) ? azureAdAudience : 'api://${azureAdClientId}'
var effectiveMailFromName = !empty(mailFromName) ? mailFromName : '人事課'

// SurveyPlans__Coordinators__<bureau>__<i>: the configuration binder reads them back as the bureau's list.
var coordinatorSettings = toObject(
  flatten(map(items(surveyPlanCoordinators), bureau => map(range(0, length(bureau.value)), i => {
    name: 'SurveyPlans__Coordinators__${bureau.key}__${i}'
    value: bureau.value[i]
  }))),
  setting => setting.name,
  setting => setting.value
)

// An empty parameter writes no setting, so the value in workflows/*.json applies.
var processSettings = union(
  empty(teamUpHrMailbox) ? {} : { TeamUp__HrMailbox: teamUpHrMailbox },
  empty(careSheetsHrEmail) ? {} : { CareSheets__HrEmail: careSheetsHrEmail },
  coordinatorSettings
)

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
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}'
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    sendGridApiKey: sendGridApiKey
    surveySealKey: surveySealKey
    ratingSealKey: ratingSealKey
    enablePurgeProtection: enableKeyVaultPurgeProtection
  }
}

// A module of its own so that what-if still predicts the resources it grants on: the assignments' names need
// the identity's principal id, which exists only once the identity is deployed.
module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  scope: rg
  dependsOn: [
    storage
    keyVault
    monitoring
  ]
  params: {
    #disable-next-line what-if-short-circuiting
    principalId: identity.outputs.principalId
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    applicationInsightsName: applicationInsightsName
  }
}

// The app starts reading storage and Key Vault at once: its roles come first.
module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  dependsOn: [
    roleAssignments
  ]
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
    surveySealKeySecretUri: keyVault.outputs.surveySealKeySecretUri
    ratingSealKeySecretUri: keyVault.outputs.ratingSealKeySecretUri
    azureAdInstance: effectiveAzureAdInstance
    azureAdTenantId: effectiveAzureAdTenantId
    azureAdClientId: azureAdClientId
    azureAdAudience: effectiveAzureAdAudience
    signInStaffIdClaim: signInStaffIdClaim
    mailFromAddress: mailFromAddress
    mailFromName: effectiveMailFromName
    schedules: schedules
    processSettings: processSettings
    extraAppSettings: extraAppSettings
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
