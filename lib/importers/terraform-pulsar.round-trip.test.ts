import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { terraformPulsarExporter } from '../exporters/terraform-pulsar';
import { templateDesign } from '../templates';
import { pulsarOrderEvents } from '../templates/pulsar-order-events';
import { arbPulsarDesign } from '../testing/arbitrary-pulsar-design';
import { importText } from '../families';
import { terraformPulsarImporter } from './terraform-pulsar';

function hcl(design: Design): string {
  const result = terraformPulsarExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

function imported(text: string, fileName = 'main.tf'): { design: Design; notes: string[] } {
  const result = terraformPulsarImporter.import(text, fileName);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map((n) => `${n.path}: ${n.message}`) };
}

/** Two namespaces, one with every policy the export writes; a non-persistent topic in the built-in tenant. */
const POLICIES = makeDesign({
  nodes: [
    {
      kind: 'pulsar-topic',
      id: 'orders',
      tenant: 'shop',
      namespace: 'orders',
      partitions: 4,
      retentionTimeInMinutes: 4320,
      retentionSizeInMB: 10_240,
      backlogQuotaLimitBytes: 10 * 1024 ** 3,
      backlogQuotaPolicy: 'producer_exception',
      deduplication: true,
      schemaCompatibilityStrategy: 'BACKWARD',
      messageTtlSeconds: 604_800,
    },
    { kind: 'pulsar-topic', id: 'payments', tenant: 'shop', namespace: 'payments', backlogQuotaLimitSeconds: 3600 },
    { kind: 'pulsar-topic', id: 'clicks', persistence: 'non-persistent' },
  ],
  connections: [],
});

const POLICY_FIELDS = [
  'tenant',
  'namespace',
  'persistence',
  'partitions',
  'retentionTimeInMinutes',
  'retentionSizeInMB',
  'backlogQuotaLimitBytes',
  'backlogQuotaPolicy',
  'deduplication',
  'schemaCompatibilityStrategy',
  'messageTtlSeconds',
] as const;

/** The file without the list of what it cannot keep (subscriptions, consumers, topics whose namespace takes another's policy). */
const withoutList = (text: string) => text.replace(/^# Not carried by [^\n]*\n(?:# - [^\n]*\n)*/m, '');

const topic = (d: Design, name: string) => d.nodes.find((n) => n.kind === 'pulsar-topic' && n.name === name) as Record<string, unknown> | undefined;

describe('Terraform Pulsar import: design → HCL → design', () => {
  it.each([
    ['the template', () => templateDesign(pulsarOrderEvents)],
    ['a design with every policy', () => POLICIES],
  ])('%s: the export of the import is the export, with every topic', (_name, load) => {
    const design = load();
    const first = hcl(design);
    const { design: back, notes } = imported(first);
    expect(notes).toEqual([]);
    expect(back.name).toBe(design.name);
    expect(withoutList(hcl(back))).toBe(withoutList(first));
    const names = (d: Design) => d.nodes.filter((n) => n.kind === 'pulsar-topic').map((n) => n.name);
    expect(names(back)).toEqual(names(design));
  });

  it('generated designs: the export of the import is the export, and the import has nothing left to list', () => {
    fc.assert(
      fc.property(arbPulsarDesign(), (design) => {
        const first = hcl(design);
        const { design: back, notes } = imported(first);
        expect(notes).toEqual([]);
        expect(withoutList(hcl(back))).toBe(withoutList(first));
        // Each namespace's policies are back on all its topics: nothing differs any more.
        expect(hcl(back)).not.toContain('Not carried');
      }),
      { numRuns: 60 },
    );
  });

  it('lists a topic whose namespace takes another topic’s policy', () => {
    const text = hcl(
      makeDesign({
        nodes: [
          { kind: 'pulsar-topic', id: 'a', tenant: 'shop', namespace: 'orders', messageTtlSeconds: 60 },
          { kind: 'pulsar-topic', id: 'b', tenant: 'shop', namespace: 'orders', messageTtlSeconds: 3600, deduplication: true },
        ],
        connections: [],
      }),
    );
    expect(text).toContain('# - messageTtlSeconds of pulsar-topic "b": the namespace shop/orders takes "a"\'s\n');
    expect(text).toContain('# - deduplication of pulsar-topic "a": the namespace shop/orders takes "b"\'s\n');
  });

  it('gives each topic its namespace’s policies under the admin API names', () => {
    const { design } = imported(hcl(POLICIES));
    const orders = topic(design, 'orders')!;
    for (const field of POLICY_FIELDS) expect(orders[field], field).toEqual((POLICIES.nodes[0] as Record<string, unknown>)[field]);
    expect(topic(design, 'payments')).toMatchObject({ tenant: 'shop', namespace: 'payments', backlogQuotaLimitBytes: -1, backlogQuotaLimitSeconds: 3600 });
    expect(topic(design, 'clicks')).toMatchObject({ tenant: 'public', namespace: 'default', persistence: 'non-persistent' });
    expect(design.clusters).toEqual([expect.objectContaining({ broker: 'pulsar', name: 'standalone' })]);
  });

  it('reads a hand-written file and reports what the design cannot hold, with its path', () => {
    const text = [
      'resource "pulsar_namespace" "ns" {',
      '  tenant    = "acme"',
      '  namespace = "jobs"',
      '  namespace_config {',
      '    message_ttl_seconds = 60',
      '    max_producers_per_topic = 5',
      '  }',
      '  retention_policies {',
      '    retention_minutes    = "sixty"',
      '    retention_size_in_mb = "100"',
      '  }',
      '}',
      'resource "pulsar_namespace" "empty" {',
      '  tenant    = "acme"',
      '  namespace = "unused"',
      '}',
      'resource "pulsar_topic" "t" {',
      '  tenant     = "acme"',
      '  namespace  = "jobs"',
      '  topic_name = "resize"',
      '  topic_type = "persistent"',
      '  partitions = 2',
      '}',
      'resource "pulsar_topic" "u" {',
      '  tenant     = pulsar_tenant.missing.tenant',
      '  namespace  = pulsar_namespace.ns.namespace',
      '  topic_name = "thumbs"',
      '  topic_type = "persistent"',
      '  partitions = 0',
      '}',
      'resource "pulsar_cluster" "c" {',
      '  cluster = "c"',
      '}',
    ].join('\n');
    const { design, notes } = imported(text, 'jobs.tf');
    expect(design.name).toBe('jobs');
    expect(topic(design, 'resize')).toMatchObject({ tenant: 'acme', namespace: 'jobs', partitions: 2, messageTtlSeconds: 60, retentionSizeInMB: 100 });
    expect(topic(design, 'resize')).not.toHaveProperty('retentionTimeInMinutes');
    expect(topic(design, 'thumbs')).toMatchObject({ tenant: 'acme', namespace: 'jobs', messageTtlSeconds: 60 });
    expect(notes).toEqual([
      'resource.pulsar_namespace.ns.namespace_config.max_producers_per_topic: max_producers_per_topic is not held by the design: left out.',
      'resource.pulsar_namespace.ns.retention_policies.retention_minutes: "sixty" is not a whole number: left out.',
      'resource.pulsar_topic.u.tenant: ${pulsar_tenant.missing.tenant} names no pulsar_tenant of this file: left out.',
      'resource.pulsar_namespace.empty: a namespace without a topic of this file: the design has no node for it, left out.',
      'resource.pulsar_cluster.c: pulsar_cluster is not a Pulsar tenant, namespace or topic: left out.',
    ]);
  });

  it('is chosen for a .tf file with Pulsar topics, and says where HCL it cannot read is wrong', () => {
    expect(importText(hcl(POLICIES), 'main.tf')).toMatchObject({ ok: true });
    expect(terraformPulsarImporter.detect('resource "azurerm_servicebus_queue" "x" {}', 'main.tf')).toBe(false);
    expect(terraformPulsarImporter.import('resource "pulsar_topic" "t" {\n  partitions = [for p in x : p]\n}', 'main.tf')).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    expect(terraformPulsarImporter.import('resource "pulsar_tenant" "t" {}', 'main.tf')).toEqual({ ok: false, errors: [{ message: 'The file declares no pulsar_topic resource.' }] });
  });
});
