import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { terraformServicebusExporter } from '../exporters/terraform-servicebus';
import { templateDesign } from '../templates';
import { servicebusOrders } from '../templates/servicebus-orders';
import { importText } from '../families';
import { armServicebusImporter } from './arm-servicebus';

/** The servicebus-orders template's namespace in the shape the Azure portal's "Export template" writes (API 2022-10-01-preview: every property, names as parameter expressions, the root authorization rule); written by hand, not captured from a live namespace. */
const PORTAL_EXPORT = readFileSync(path.join(__dirname, '__fixtures__', 'servicebus', 'portal-export.json'), 'utf8');

function imported(text: string, fileName = 'template.json'): { design: Design; notes: string[] } {
  const result = armServicebusImporter.import(text, fileName);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map((n) => `${n.path}: ${n.message}`) };
}

/** The Terraform of a design, from its first resource on (the header names the design and what the file leaves out). */
function terraform(design: Design): string {
  const result = terraformServicebusExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const text = result.files[0].content;
  return text.slice(text.indexOf('resource "azurerm_servicebus_namespace"'));
}

describe('ARM template Service Bus import', () => {
  it('reads the portal export of the template into the same entities, settings, rules and dead-letter links', () => {
    const { design, notes } = imported(PORTAL_EXPORT);
    // The portal writes every property; the ones that only restate Service Bus's defaults differ from the
    // template's Terraform by the size limit and the topic's ordering flag, which the template leaves unset.
    const lines = (text: string) => text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    const expected = lines(terraform(templateDesign(servicebusOrders)));
    const got = lines(terraform(design));
    expect([...new Set(got.filter((l) => !expected.includes(l)))].sort()).toEqual(['max_size_in_megabytes = 1024', 'support_ordering = true']);
    expect(expected.filter((l) => !got.includes(l))).toEqual([]);
    expect(design.clusters).toEqual([expect.objectContaining({ broker: 'servicebus', name: 'shop-prod-sb', config: { sku: 'Standard' } })]);
    expect(design.nodes.find((n) => n.name === 'fulfilment')).not.toHaveProperty('rules');
    // TimeSpan.MaxValue is Azure's "never": left unset.
    expect(design.nodes.find((n) => n.name === 'dead-letters')).not.toHaveProperty('defaultMessageTimeToLiveSeconds');
    expect(notes).toEqual([
      'resources[0].properties.minimumTlsVersion: minimumTlsVersion is not held by the design: left out.',
      'resources[0].properties.publicNetworkAccess: publicNetworkAccess is not held by the design: left out.',
      'resources[0].properties.disableLocalAuth: disableLocalAuth is not held by the design: left out.',
      'resources[0].properties.zoneRedundant: zoneRedundant is not held by the design: left out.',
      'resources[2].properties.maxMessageSizeInKilobytes: maxMessageSizeInKilobytes is not held by the design: left out.',
      'resources[3].properties.maxMessageSizeInKilobytes: maxMessageSizeInKilobytes is not held by the design: left out.',
      'resources[4].properties.maxMessageSizeInKilobytes: maxMessageSizeInKilobytes is not held by the design: left out.',
      'resources[5].properties.isClientAffine: isClientAffine is not held by the design: left out.',
      'resources[6].properties.isClientAffine: isClientAffine is not held by the design: left out.',
      'resources[1]: Microsoft.ServiceBus/namespaces/authorizationrules is not a Service Bus namespace, queue, topic, subscription or rule: left out.',
    ]);
  });

  it('reads child resources nested under their parent, and reports what it cannot resolve with its path', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      resources: [
        {
          type: 'Microsoft.ServiceBus/namespaces',
          name: 'acme-bus',
          sku: { name: 'Premium', capacity: 2 },
          resources: [
            { type: 'queues', name: 'jobs', properties: { lockDuration: 'PT2M', maxDeliveryCount: 'ten', status: 'Disabled' } },
            { type: 'topics', name: "[variables('topicName')]" },
          ],
        },
      ],
    };
    const { design, notes } = imported(JSON.stringify(template), 'acme.json');
    expect(design.name).toBe('acme');
    expect(design.clusters[0]).toMatchObject({ name: 'acme-bus', config: { sku: 'Premium', capacity: 2 } });
    expect(design.nodes).toEqual([expect.objectContaining({ kind: 'servicebus-queue', name: 'jobs', lockDurationSeconds: 120, cluster: design.clusters[0].id })]);
    expect(notes).toEqual([
      "resources[0].resources[1].name: [variables('topicName')] is an expression the design cannot resolve: left out.",
      'resources[0].resources[0].properties.maxDeliveryCount: "ten" is not a number: left out.',
      'resources[0].resources[0].properties.status: status is not held by the design: left out.',
    ]);
  });

  it('is chosen for an ARM template with Service Bus entities, and refuses one without', () => {
    expect(importText(PORTAL_EXPORT, 'template.json')).toMatchObject({ ok: true });
    expect(armServicebusImporter.detect('{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}')).toBe(false);
    expect(armServicebusImporter.import('{"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "x"}]}')).toEqual({
      ok: false,
      errors: [{ message: 'The template declares no Microsoft.ServiceBus/namespaces/queues or Microsoft.ServiceBus/namespaces/topics resource.' }],
    });
    expect(importText('{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}', 'storage.json')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/^This is an Azure Resource Manager template without a Service Bus queue or topic\./) }],
    });
    expect(armServicebusImporter.import('{"resources": [}')).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });
});
