import { describe, expect, it } from 'vitest';
import { SERVICEBUS_KITCHEN_SINK } from '../testing/exports/servicebus-designs';
import { makeDesign } from '../design/build-design';
import { templateDesign } from '../templates';
import { servicebusOrders } from '../templates/servicebus-orders';
import { SERVICEBUS_TERRAFORM_PROVIDERS, SERVICEBUS_TERRAFORM_RESOURCES } from '../brokers/servicebus/terraform-arguments';
import { checkTerraformFile, type TerraformTables } from '../testing/exports/terraform-arguments-check';
import type { Design } from '../design';
import { isoDuration } from './iso-duration';
import { terraformServicebusExporter } from './terraform-servicebus';

const TABLES: TerraformTables = { resources: SERVICEBUS_TERRAFORM_RESOURCES, dataSources: {}, providers: SERVICEBUS_TERRAFORM_PROVIDERS };
type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

function exported(design: Design): string {
  const result = terraformServicebusExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['terraform/servicebus/main.tf']);
  return result.files[0].content;
}

function refusal(design: Design): string[] {
  const result = terraformServicebusExporter.export(design);
  return result.ok ? [] : result.errors.map((e) => `${e.nodeId ?? '-'}: ${e.message}`);
}

describe('terraform-servicebus exporter', () => {
  it.each([
    ['the kitchen-sink design', () => makeDesign(SERVICEBUS_KITCHEN_SINK)],
    ['the template', () => templateDesign(servicebusOrders)],
  ])('%s: HCL that parses, with only arguments the azurerm provider documents', async (_name, design) => {
    const { problems } = await checkTerraformFile(exported(design()), TABLES);
    expect(problems).toEqual([]);
  });

  it('the checker catches a 3.x argument name, an unknown nested argument and a missing required one', async () => {
    const hcl = exported(makeDesign(SERVICEBUS_KITCHEN_SINK));
    const renamed = hcl.replace(/partitioning_enabled(\s+)= true/, 'enable_partitioning$1= true');
    expect(renamed).not.toBe(hcl);
    expect((await checkTerraformFile(renamed, TABLES)).problems).toEqual(['resource azurerm_servicebus_queue.orders: unknown argument "enable_partitioning"']);
    const nested = hcl.replace(/label(\s+)= "paid"/, 'subject$1= "paid"');
    expect((await checkTerraformFile(nested, TABLES)).problems).toEqual(['resource azurerm_servicebus_subscription_rule.billing_paid.correlation_filter[0]: unknown argument "subject"']);
    const noCount = hcl.replace(/\n\s+max_delivery_count\s+= 10/g, '');
    expect((await checkTerraformFile(noCount, TABLES)).problems).toContain('resource azurerm_servicebus_subscription.billing: required argument "max_delivery_count" is missing');
  });

  it('writes what the design sets, read back by the HCL parser', async () => {
    const { parsed } = await checkTerraformFile(exported(makeDesign(SERVICEBUS_KITCHEN_SINK)), TABLES);
    const r = parsed.resource as Blocks;
    expect(r.azurerm_servicebus_namespace.shop_prod[0]).toMatchObject({ name: 'shop-prod', sku: 'Premium', capacity: 2 });
    expect(r.azurerm_servicebus_queue.orders[0]).toMatchObject({
      name: 'orders',
      lock_duration: 'PT1M30S',
      max_delivery_count: 5,
      requires_session: true,
      default_message_ttl: 'P14D',
      dead_lettering_on_message_expiration: true,
      requires_duplicate_detection: true,
      duplicate_detection_history_time_window: 'PT1H',
      partitioning_enabled: true,
      max_size_in_megabytes: 2048,
      auto_delete_on_idle: 'P1D',
      forward_to: 'audit',
      forward_dead_lettered_messages_to: '${azurerm_servicebus_queue.orders_dlq.name}',
    });
    expect(r.azurerm_servicebus_queue.orders_dlq[0]).toEqual({ name: 'orders-dlq', namespace_id: '${azurerm_servicebus_namespace.shop_prod.id}', max_delivery_count: 10, lock_duration: 'PT1M' });
    expect(r.azurerm_servicebus_topic.order_events[0]).toMatchObject({
      requires_duplicate_detection: true,
      duplicate_detection_history_time_window: 'PT10M',
      support_ordering: true,
      default_message_ttl: 'PT10M',
    });
    expect(r.azurerm_servicebus_subscription.billing[0]).toMatchObject({
      topic_id: '${azurerm_servicebus_topic.order_events.id}',
      lock_duration: 'PT30S',
      max_delivery_count: 10,
      dead_lettering_on_filter_evaluation_error: false,
    });
    expect(r.azurerm_servicebus_subscription_rule.billing_eu[0]).toMatchObject({ name: 'eu', filter_type: 'SqlFilter', sql_filter: "region = 'eu'", action: "SET sys.label = 'eu'" });
    expect(r.azurerm_servicebus_subscription_rule.billing_paid[0]).toMatchObject({ filter_type: 'CorrelationFilter', correlation_filter: [{ label: 'paid', properties: { tenant: 'acme' } }] });
  });

  it('refuses what Azure rejects: a topic in a Basic namespace, an entity name Service Bus does not allow, a subscription without a topic', () => {
    const basic = makeDesign({
      clusters: [{ id: 'ns', name: 'cheap-ns', broker: 'servicebus', config: { sku: 'Basic' } }],
      nodes: [{ kind: 'servicebus-topic', id: 't', cluster: 'ns' }],
      connections: [],
    });
    expect(refusal(basic)).toEqual(['t: Topic "t" is in a Basic namespace, which has queues only: set the cluster\'s config.sku to Standard']);
    const badName = makeDesign({ nodes: [{ kind: 'servicebus-queue', id: 'q', name: 'orders!' }], connections: [] });
    expect(refusal(badName)).toEqual(['q: "orders!" must hold only letters, digits, . - _ and /, starting and ending with a letter or digit']);
    const orphan = makeDesign({ nodes: [{ kind: 'servicebus-subscription', id: 's' }], connections: [] });
    expect(refusal(orphan)).toEqual(['s: Subscription "s" belongs to no topic: connect a Service Bus topic to it']);
    const badSku = makeDesign({
      clusters: [{ id: 'ns', name: 'shop-ns', broker: 'servicebus', config: { sku: 'premium' } }],
      nodes: [{ kind: 'servicebus-queue', id: 'q', cluster: 'ns' }],
      connections: [],
    });
    expect(refusal(badSku)).toEqual(['-: Cluster "shop-ns": config.sku is "premium"; a Service Bus namespace tier is Basic, Standard, Premium']);
    const twice = makeDesign({
      nodes: [
        { kind: 'servicebus-queue', id: 'a', name: 'Orders' },
        { kind: 'servicebus-queue', id: 'b', name: 'orders' },
      ],
      connections: [],
    });
    expect(refusal(twice)).toEqual(['b: "orders" is a second entity of that name in one namespace or topic (Service Bus names are case-insensitive)']);
  });

  it('writes durations as Azure writes them back', () => {
    expect([0, 20, 60, 90, 600, 3600, 86_400, 93_784, 1_209_600].map(isoDuration)).toEqual(['PT0S', 'PT20S', 'PT1M', 'PT1M30S', 'PT10M', 'PT1H', 'P1D', 'P1DT2H3M4S', 'P14D']);
  });
});
