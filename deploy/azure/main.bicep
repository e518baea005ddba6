// CoachBot on Azure: Linux App Service (.NET 10), Table storage, Azure Bot with the Teams and
// Direct Line channels, Application Insights, and a user-assigned managed identity that is the
// bot's identity (MicrosoftAppType UserAssignedMSI: no app password anywhere).
//
//   az deployment group create -g <rg> -f deploy/azure/main.bicep -p deploy/azure/main.parameters.json
//
// Resource-group scope. Nothing here needs Entra ID rights beyond Contributor on the group.

targetScope = 'resourceGroup'

@description('Prefix for resource names (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param baseName string = 'coachbot'

@description('Azure region for everything except the bot registration (always global).')
param location string = resourceGroup().location

@description('App Service plan SKU (B1 or higher; Always On needs Basic).')
param appServiceSkuName string = 'B1'

@description('App Service instances.')
@minValue(1)
param appServiceInstanceCount int = 1

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Storage replication.')
param storageSkuName string = 'Standard_LRS'

@description('Tags for every resource.')
param tags object = {
  app: 'CoachBot'
}

// Names: unique per resource group, stable across redeployments.
var suffix = uniqueString(resourceGroup().id)
var appName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var storageAccountName = take('${baseName}${suffix}', 24)
var appInsightsName = '${baseName}-ai-${suffix}'

// The tables the coach uses (docs/ARCHITECTURE.md, tables). BotState and PainRatings are also the
// defaults of Storage:BotStateTable and Storage:PainRatingsTable.
var tableNames = [
  'BotState'
  'PainRatings'
  'CheckIns'
  'ReleaseTimers'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id-${suffix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${baseName}-logs-${suffix}'
    appInsightsName: appInsightsName
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: storageAccountName
    skuName: storageSkuName
    tableNames: tableNames
    tags: tags
  }
}

module web 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    location: location
    planName: '${baseName}-plan-${suffix}'
    appName: appName
    skuName: appServiceSkuName
    instanceCount: appServiceInstanceCount
    identityId: identity.id
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: botName
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    sku: botSku
    tags: tags
  }
}

// Read back what the app settings need. These are declared here rather than passed out of the
// modules because module outputs are stored in the deployment history in clear text.
// (No dependsOn on these existing references: appSettings below depends on the modules.)
resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName

  resource directLine 'channels' existing = {
    name: 'DirectLineChannel'
  }
}

// ConnectionStrings__Tables uses the account key (listKeys) because the app takes a connection
// string today (ConnectionStrings:Tables, see the README's configuration table). When it accepts a table endpoint plus
// DefaultAzureCredential, switch to the managed identity: assign it 'Storage Table Data
// Contributor' (0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3) on the account, pass the endpoint
// (storage.outputs.tableEndpoint) instead, and set allowSharedKeyAccess to false.
var tablesConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

// The Direct Line secret for /api/directline/token, read from the channel's first site
// (listChannelWithKeys). If it comes back empty in your tenant, set it by hand (README,
// "Deploy to Azure and Teams").
var directLineSecret = botService::directLine.listChannelWithKeys().setting.sites[0].key

// Every app setting lives here (this resource replaces the whole set on each deployment).
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    ASPNETCORE_ENVIRONMENT: 'Production'
    // appsettings.json sets Urls to http://localhost:3978 for local runs, and that file wins over
    // ASPNETCORE_URLS; a plain URLS environment variable wins over the file. App Service sends
    // traffic to port 8080.
    URLS: 'http://0.0.0.0:8080'
    WEBSITES_PORT: '8080'
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: identity.properties.tenantId
    // Lets Azure.Identity's DefaultAzureCredential pick the same user-assigned identity.
    AZURE_CLIENT_ID: identity.properties.clientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ConnectionStrings__Tables: tablesConnectionString
    DirectLine__Secret: directLineSecret
  }
  // The existing-resource references above (keys, connection string, channel key) are read
  // when this resource deploys, so it waits for every module.
  dependsOn: [
    storage
    monitoring
    web
    bot
  ]
}

@description('The web app\'s URL (the Web Chat page is at /).')
output appUrl string = 'https://${web.outputs.defaultHostName}'

@description('Host name to pass to deploy/teams/package.sh.')
output appHostName string = web.outputs.defaultHostName

@description('Web App name, for az webapp deploy.')
output appName string = web.outputs.appName

@description('Azure Bot resource name.')
output botName string = bot.outputs.botName

@description('Client id of the managed identity: the bot\'s Microsoft App ID (package.sh takes it).')
output identityClientId string = identity.properties.clientId
