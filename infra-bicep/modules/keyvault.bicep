@description('Name of the Key Vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags object = {}

@description('SendGrid API key, stored as the secret SendGridApiKey.')
@secure()
param sendGridApiKey string

@description('Survey seal key, stored as the secret SurveySealKey.')
@secure()
param surveySealKey string

@description('360 rating seal key, stored as the secret RatingSealKey.')
@secure()
param ratingSealKey string

@description('Turn on purge protection (cannot be turned off again; a deleted vault then stays for the retention period).')
param enablePurgeProtection bool = false

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'SendGridApiKey'
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource surveySealKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'SurveySealKey'
  properties: {
    value: surveySealKey
    contentType: 'text/plain'
  }
}

resource ratingSealKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'RatingSealKey'
  properties: {
    value: ratingSealKey
    contentType: 'text/plain'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output sendGridSecretUri string = sendGridSecret.properties.secretUri
output surveySealKeySecretUri string = surveySealKeySecret.properties.secretUri
output ratingSealKeySecretUri string = ratingSealKeySecret.properties.secretUri
