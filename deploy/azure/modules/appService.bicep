// Linux App Service plan and the Web App that hosts the bot (.NET 10). App settings are set by
// main.bicep once the bot and its Direct Line channel exist, because they need the channel's key.

@description('Azure region.')
param location string

@description('App Service plan name.')
param planName string

@description('Web App name; also the first label of its host name (<name>.azurewebsites.net).')
param appName string

@description('App Service plan SKU. Basic (B1) or higher: Always On needs it.')
param skuName string = 'B1'

@description('Instances. More than one is supported: schedules and timers are claimed with ETags.')
@minValue(1)
param instanceCount int = 1

@description('Resource id of the user-assigned managed identity the app runs as (the bot identity).')
param identityId string

param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // the check-in scheduler and release timers run inside the app
      healthCheckPath: '/healthz'
      webSocketsEnabled: true // Direct Line streaming
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Basic-auth publishing (FTP and SCM) off: deploy with `az webapp deploy`, which uses Entra ID.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output appName string = site.name
output defaultHostName string = site.properties.defaultHostName
