import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { SERVICEBUS_ARM_SOURCE } from '../brokers/servicebus/arm-properties';
import { templateDesign } from '../templates';
import { servicebusOrders } from '../templates/servicebus-orders';
import { checkBicepFile } from '../testing/exports/bicep-properties-check';
import type { Design } from '../design';
import { bicepServicebusExporter, bicepString } from './bicep-servicebus';

const API = SERVICEBUS_ARM_SOURCE.apiVersion;

const DESIGN = {
  name: 'Shop',
  clusters: [{ id: 'ns', name: 'shop-prod', broker: 'servicebus', config: { sku: 'Premium', capacity: 2 } }],
  nodes: [
    {
      kind: 'servicebus-queue',
      id: 'orders',
      cluster: 'ns',
      lockDurationSeconds: 90,
      requiresSession: true,
      requiresDuplicateDetection: true,
      defaultMessageTimeToLiveSeconds: 86_400,
      deadLetteringOnMessageExpiration: true,
      forwardTo: 'audit',
    },
    { kind: 'servicebus-queue', id: 'dlq', name: 'orders-dlq', cluster: 'ns', role: 'dead-letter' },
    { kind: 'servicebus-topic', id: 'events', name: 'order-events', cluster: 'ns', supportOrdering: true },
    {
      kind: 'servicebus-subscription',
      id: 'billing',
      cluster: 'ns',
      deadLetteringOnFilterEvaluationExceptions: false,
      rules: [
        { name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu'", action: "SET sys.label = 'eu'" },
        { name: 'paid', filterType: 'CorrelationFilter', correlationFilter: { label: 'paid', properties: { 'tenant-id': 'acme' } } },
      ],
    },
  ],
  connections: [
    { from: 'orders', to: 'dlq', kind: 'dead-letter' as const },
    { from: 'events', to: 'billing' },
  ],
};

function exported(design: Design): string {
  const result = bicepServicebusExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['bicep/servicebus/main.bicep']);
  return result.files[0].content;
}

describe('bicep-servicebus exporter', () => {
  it.each([
    ['the kitchen-sink design', () => makeDesign(DESIGN)],
    ['the template', () => templateDesign(servicebusOrders)],
  ])('%s: only properties Azure documents for Microsoft.ServiceBus', (_name, design) => {
    expect(checkBicepFile(exported(design()), API).problems).toEqual([]);
  });

  it('writes what the design sets, read back', () => {
    const { resources } = checkBicepFile(exported(makeDesign(DESIGN)), API);
    const byName = Object.fromEntries(resources.map((r) => [r.body.name, r]));
    expect(byName["'shop-prod'"].body.sku).toEqual({ name: "'Premium'", tier: "'Premium'", capacity: '2' });
    expect(byName["'orders'"]).toMatchObject({ type: 'Microsoft.ServiceBus/namespaces/queues', body: { parent: 'shopProd' } });
    expect(byName["'orders'"].body.properties).toEqual({
      defaultMessageTimeToLive: "'P1D'",
      requiresDuplicateDetection: 'true',
      duplicateDetectionHistoryTimeWindow: "'PT10M'",
      lockDuration: "'PT1M30S'",
      maxDeliveryCount: '10',
      requiresSession: 'true',
      deadLetteringOnMessageExpiration: 'true',
      forwardTo: "'audit'",
      forwardDeadLetteredMessagesTo: "'orders-dlq'",
    });
    expect(byName["'billing'"].body.properties).toMatchObject({ deadLetteringOnFilterEvaluationExceptions: 'false' });
    expect(byName["'eu'"].body).toMatchObject({
      parent: 'billingSubscription',
      properties: { filterType: "'SqlFilter'", sqlFilter: { sqlExpression: "'region = \\'eu\\''" }, action: { sqlExpression: "'SET sys.label = \\'eu\\''" } },
    });
    expect(byName["'paid'"].body.properties).toMatchObject({ correlationFilter: { label: "'paid'", properties: { 'tenant-id': "'acme'" } } });
  });

  it('the checker catches an undocumented property, a nested one and a wrong API version', () => {
    const bicep = exported(makeDesign(DESIGN));
    const unknown = bicep.replace('    requiresSession: true', '    requiresSession: true\n    sessionRequired: true');
    expect(unknown).not.toBe(bicep);
    expect(checkBicepFile(unknown, API).problems).toEqual(['resource orders.properties: unknown property "sessionRequired"']);
    const nested = bicep.replace("      label: 'paid'", "      subject: 'paid'");
    expect(checkBicepFile(nested, API).problems).toEqual(['resource billingPaidRule.properties.correlationFilter: unknown property "subject"']);
    expect(checkBicepFile(bicep, '2017-04-01').problems).toContain(`resource orders: API version ${API}, the table documents 2017-04-01`);
  });

  it('escapes Bicep strings: quotes, backslashes and interpolation', () => {
    expect(bicepString("it's ${x} \\ done")).toBe("'it\\'s \\${x} \\\\ done'");
  });
});
