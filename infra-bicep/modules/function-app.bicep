@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app.')
param tags object = {}

@description('Value of the azd-service-name tag that lets azd deploy the code to this app.')
param serviceName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Blob endpoint of the storage account.')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Table endpoint of the storage account (the app keeps its state there).')
param tableEndpoint string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string (no secret: ingestion needs an Entra token).')
param applicationInsightsConnectionString string

@description('Secret URI of the SendGrid API key in Key Vault.')
param sendGridSecretUri string

@description('Secret URI of the survey seal key in Key Vault.')
param surveySealKeySecretUri string

@description('Secret URI of the 360 rating seal key in Key Vault.')
param ratingSealKeySecretUri string

@description('Entra ID instance for Microsoft.Identity.Web.')
param azureAdInstance string

@description('Entra ID tenant id.')
param azureAdTenantId string

@description('Client (application) id of the app registration that protects the API.')
param azureAdClientId string

@description('Audience the tokens must carry.')
param azureAdAudience string

@description('Token claim holding the roster staff id; empty means matching the roster by email.')
param signInStaffIdClaim string

@description('Sender address of every email.')
param mailFromAddress string

@description('Sender display name of every email.')
param mailFromName string

@description('Timer schedules (setting name to NCRONTAB expression), merged into the app settings.')
param schedules object

@description('Process settings of this environment (mailboxes, coordinators), already in app-setting form.')
param processSettings { *: string }

@description('Any other app settings; the settings this template writes itself win over these.')
param extraAppSettings { *: string }

@description('Most instances the app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
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

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

var platformSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Storage__TableServiceUri: tableEndpoint
  Mail__Provider: 'SendGrid'
  Mail__FromAddress: mailFromAddress
  Mail__FromName: mailFromName
  Mail__SendGridApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridSecretUri})'
  Surveys__SealKey: '@Microsoft.KeyVault(SecretUri=${surveySealKeySecretUri})'
  ThreeSixty__Rating__SealKey: '@Microsoft.KeyVault(SecretUri=${ratingSealKeySecretUri})'
  AzureAd__Instance: azureAdInstance
  AzureAd__TenantId: azureAdTenantId
  AzureAd__ClientId: azureAdClientId
  AzureAd__Audience: azureAdAudience
  SignIn__StaffIdClaim: signInStaffIdClaim
  App__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
}

// This resource replaces the whole collection on every provision: every setting the app needs is written here,
// none is to be added by hand. Later arguments of union() win: a typo in extraAppSettings cannot replace the
// storage, identity or sign-in settings, and a named process parameter beats the same name in extraAppSettings.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(schedules, extraAppSettings, processSettings, platformSettings)
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output url string = 'https://${site.properties.defaultHostName}'
