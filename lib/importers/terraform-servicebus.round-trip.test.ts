import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICEBUS_KITCHEN_SINK } from '../testing/exports/servicebus-designs';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import { terraformServicebusExporter } from '../exporters/terraform-servicebus';
import { templateDesign } from '../templates';
import { servicebusOrders } from '../templates/servicebus-orders';
import { arbServicebusDesign } from '../testing/arbitrary-servicebus-design';
import { importText } from '../families';
import { terraformServicebusImporter } from './terraform-servicebus';

function hcl(design: Design): string {
  const result = terraformServicebusExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

function imported(text: string, fileName = 'main.tf'): { design: Design; notes: string[] } {
  const result = terraformServicebusImporter.import(text, fileName);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map((n) => `${n.path}: ${n.message}`) };
}

const KITCHEN_SINK = makeDesign(SERVICEBUS_KITCHEN_SINK);

/** A Service Bus node's settings as Service Bus applies them (the export writes the lock duration and delivery count it would take anyway). */
function settings(design: Design): Array<[string, Record<string, unknown>]> {
  return resolveDesign(design)
    .nodes.filter((n) => n.kind.startsWith('servicebus-'))
    .map((n): [string, Record<string, unknown>] => {
      const { id: _id, cluster: _cluster, name, role: _role, depthAlert: _alert, messageSchema: _schema, ...rest } = n as Record<string, unknown>;
      // Without duplicate detection its window means nothing to Service Bus, and the export does not write it.
      if (rest.requiresDuplicateDetection === false) delete rest.duplicateDetectionHistoryTimeWindowSeconds;
      return [String(name), JSON.parse(JSON.stringify(rest))];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** The file without the list of what it cannot keep (the producers and consumers an import cannot give back). */
const withoutList = (text: string) => text.replace(/^# Not carried by [^\n]*\n(?:# - [^\n]*\n)*/m, '');

const links = (d: Design) =>
  d.connections
    .filter((c) => c.kind === 'subscription' || c.kind === 'dead-letter')
    .map((c) => `${c.kind} ${d.nodes.find((n) => n.id === c.from)?.name} ${d.nodes.find((n) => n.id === c.to)?.name}`)
    .sort();

describe('Terraform Service Bus import: design → HCL → design', () => {
  it.each([
    ['the template', () => templateDesign(servicebusOrders)],
    ['the kitchen sink', () => KITCHEN_SINK],
  ])('%s: the export of the import is the export, with every entity, setting, rule and dead-letter link', (_name, load) => {
    const design = load();
    const first = hcl(design);
    const { design: back, notes } = imported(first);
    expect(notes).toEqual([]);
    expect(back.name).toBe(design.name);
    expect(withoutList(hcl(back))).toBe(withoutList(first));
    expect(hcl(back)).not.toContain('Not carried');
    expect(settings(back)).toEqual(settings(design));
    expect(links(back)).toEqual(links(design));
  });

  it('generated designs: the export of the import is the export, with no note, the same settings and links', () => {
    fc.assert(
      fc.property(arbServicebusDesign(), (design) => {
        const first = hcl(design);
        const { design: back, notes } = imported(first);
        expect(notes).toEqual([]);
        expect(withoutList(hcl(back))).toBe(withoutList(first));
        expect(settings(back)).toEqual(settings(design));
        expect(links(back)).toEqual(links(design));
      }),
      { numRuns: 60 },
    );
  });

  it('puts a namespace on a cluster of its name with its tier and capacity', () => {
    const { design } = imported(hcl(KITCHEN_SINK));
    expect(design.clusters).toEqual([expect.objectContaining({ broker: 'servicebus', name: 'shop-prod', config: { sku: 'Premium', capacity: 2 } })]);
    expect(new Set(design.nodes.map((n) => n.cluster))).toEqual(new Set([design.clusters[0].id]));
  });

  it('reads a hand-written file and reports what the design cannot hold, with its path', () => {
    const text = [
      'resource "azurerm_servicebus_namespace" "ns" {',
      '  name     = "acme-bus"',
      '  sku      = "Standard"',
      '  location = "westeurope"',
      '  local_auth_enabled = false',
      '}',
      'resource "azurerm_servicebus_queue" "jobs" {',
      '  name                              = "jobs"',
      '  namespace_id                      = azurerm_servicebus_namespace.ns.id',
      '  lock_duration                     = "PT2M30S"',
      '  default_message_ttl               = "P10675199DT2H48M5.4775807S"',
      '  auto_delete_on_idle               = "sometimes"',
      '  forward_dead_lettered_messages_to = "jobs-dlq"',
      '}',
      'resource "azurerm_servicebus_queue" "dlq" {',
      '  name         = "jobs-dlq"',
      '  namespace_id = azurerm_servicebus_namespace.ns.id',
      '}',
      'resource "azurerm_servicebus_subscription" "lost" {',
      '  name               = "lost"',
      '  topic_id           = azurerm_servicebus_topic.elsewhere.id',
      '  max_delivery_count = 3',
      '}',
      'resource "azurerm_servicebus_namespace_authorization_rule" "send" {',
      '  name = "send"',
      '}',
    ].join('\n');
    const { design, notes } = imported(text, 'jobs.tf');
    expect(design.name).toBe('jobs');
    const jobs = design.nodes.find((n) => n.name === 'jobs');
    expect(jobs).toMatchObject({ lockDurationSeconds: 150 });
    expect(jobs).not.toHaveProperty('defaultMessageTimeToLiveSeconds');
    expect(links(design)).toEqual(['dead-letter jobs jobs-dlq']);
    expect(notes).toEqual([
      'resource.azurerm_servicebus_namespace.ns.local_auth_enabled: local_auth_enabled is not held by the design: left out.',
      'resource.azurerm_servicebus_queue.jobs.auto_delete_on_idle: "sometimes" is not an ISO 8601 duration ("PT1M", "P14D"): left out.',
      'resource.azurerm_servicebus_subscription.lost.topic_id: ${azurerm_servicebus_topic.elsewhere.id} names no azurerm_servicebus_topic of this file: left unlinked.',
      'resource.azurerm_servicebus_namespace_authorization_rule.send: azurerm_servicebus_namespace_authorization_rule is not a Service Bus namespace, queue, topic, subscription or rule: left out.',
    ]);
  });

  it('is chosen for a .tf file with Service Bus resources, and says where HCL it cannot read is wrong', () => {
    expect(importText(hcl(KITCHEN_SINK), 'main.tf')).toMatchObject({ ok: true });
    expect(terraformServicebusImporter.detect('resource "google_pubsub_topic" "x" {}', 'main.tf')).toBe(false);
    // A Terraform file for something no importer reads says which resources it has.
    expect(importText('resource "kafka_topic" "x" {\n  name = "a"\n}\n', 'kafka.tf')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/^This Terraform file declares no resource Queuewright reads \(resource types: kafka_topic\)\./) }],
    });
    expect(terraformServicebusImporter.import('resource "azurerm_servicebus_queue" "q" {\n  name = "a" ? 1\n}', 'main.tf')).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    expect(terraformServicebusImporter.import('variable "x" {}', 'main.tf')).toEqual({
      ok: false,
      errors: [{ message: 'The file declares no azurerm_servicebus_queue or azurerm_servicebus_topic resource.' }],
    });
  });
});
