@description('Name of the Durable Task Scheduler.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the scheduler.')
param tags object = {}

@description('Name of the task hub; must match the hub name the function app uses.')
param taskHubName string

@description('Scheduler SKU: Consumption (pay per action) or Dedicated (fixed monthly capacity units).')
@allowed([
  'Consumption'
  'Dedicated'
])
param skuName string = 'Consumption'

@description('Principal id of the managed identity that runs orchestrations.')
param principalId string

@description('Name of that managed identity; known before deployment, so the role assignment names are stable.')
param identityName string

var durableTaskDataContributor = '0ad04412-c4d5-4796-b79c-f76d14c8d402'

resource scheduler 'Microsoft.DurableTask/schedulers@2025-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    ipAllowlist: [
      '0.0.0.0/0'
    ]
    sku: skuName == 'Dedicated'
      ? {
          name: 'Dedicated'
          capacity: 1
        }
      : {
          name: 'Consumption'
        }
  }
}

resource taskHub 'Microsoft.DurableTask/schedulers/taskHubs@2025-11-01' = {
  parent: scheduler
  name: taskHubName
}

resource dataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(scheduler.id, identityName, durableTaskDataContributor)
  scope: scheduler
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', durableTaskDataContributor)
  }
}

output name string = scheduler.name
output endpoint string = scheduler.properties.endpoint
output taskHubName string = taskHub.name
