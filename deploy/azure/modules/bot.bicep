// Azure Bot registration (user-assigned managed identity, no password) with the Microsoft Teams
// and Direct Line channels.

@description('Bot resource name (globally unique handle).')
@minLength(2)
@maxLength(64)
param botName string

@description('Name shown in channels.')
param displayName string = 'CoachBot'

@description('The messaging endpoint, https://<app>/api/messages.')
param endpoint string

@description('Resource id of the user-assigned managed identity the bot authenticates as.')
param identityResourceId string

@description('Client id of that identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Tenant of that identity.')
param tenantId string

@description('F0 (free) or S1. Teams and Direct Line are standard channels: unlimited messages on F0 too.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    description: 'Self-care guidance for muscle knots. Not medical advice or a diagnosis.'
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The web page gets tokens from the app's /api/directline/token, which exchanges the
          // secret server-side; the secret never reaches the browser.
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

output botName string = bot.name
output directLineChannelName string = directLine.name
