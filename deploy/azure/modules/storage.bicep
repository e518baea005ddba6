// The Storage account that holds every table the coach uses (docs/ARCHITECTURE.md, tables).

@description('Azure region.')
param location string

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param accountName string

@description('Replication. Standard_ZRS or Standard_GZRS where the region supports it and the data matters more than the cost.')
param skuName string = 'Standard_LRS'

@description('Tables to create.')
param tableNames array

param tags object = {}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app authenticates with a connection string (account key) today, so shared-key access
    // stays on. Turn it off once the app uses its managed identity (see main.bicep).
    allowSharedKeyAccess: true
    accessTier: 'Hot'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

output accountName string = account.name
output tableEndpoint string = account.properties.primaryEndpoints.table
