import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { templateDesign } from '../templates';
import { pulsarOrderEvents } from '../templates/pulsar-order-events';
import { arbPulsarDesign } from '../testing/arbitrary-pulsar-design';
import { pulsarPolicyPlan, runPulsarPolicyCheck } from '../testing/exports/pulsar-policy-check';
import { checkTerraformFile } from '../testing/exports/terraform-arguments-check';
import { terraformPulsarExporter } from './terraform-pulsar';

/**
 * No Pulsar standalone runs here (its broker needs a dependency tree Maven Central does not serve whole), so the
 * Terraform's tenants, namespaces, policies and topics are read into Apache Pulsar's own admin classes
 * (scripts/pulsar/PolicyCheck.java, pulsar-client-admin-original 4.2.4 and pulsar-common), which refuse what the
 * admin API would: every export must pass, and a file with a bad name or value must not.
 */

function hcl(design: Design): string {
  const result = terraformPulsarExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

const EVERY_POLICY = makeDesign({
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
      backlogQuotaPolicy: 'consumer_backlog_eviction',
      deduplication: true,
      schemaCompatibilityStrategy: 'FULL_TRANSITIVE',
      messageTtlSeconds: 604_800,
    },
    { kind: 'pulsar-topic', id: 'payments', tenant: 'shop', namespace: 'payments', backlogQuotaLimitSeconds: 3600, backlogQuotaPolicy: 'producer_exception' },
    { kind: 'pulsar-topic', id: 'clicks', persistence: 'non-persistent' },
  ],
  connections: [],
});

async function plan(text: string): Promise<string[]> {
  const { parsed, problems } = await checkTerraformFile(text);
  expect(problems).toEqual([]);
  return pulsarPolicyPlan(parsed);
}

describe('the Pulsar Terraform, read by Pulsar’s own admin classes', () => {
  it('every check of the template, a design with every policy and 40 generated designs passes', async () => {
    const designs = [templateDesign(pulsarOrderEvents), EVERY_POLICY, ...fc.sample(arbPulsarDesign(), { numRuns: 40, seed: 16 })];
    const lines: string[] = [];
    for (const [i, design] of designs.entries()) lines.push(...(await plan(hcl(design))).map((l) => `design${i}:${l}`));
    const results = await runPulsarPolicyCheck(lines);
    expect(results.filter((r) => r.startsWith('FAIL'))).toEqual([]);
    expect(results).toHaveLength(lines.length);
    // Every kind of check was made, so a passing run says something about each.
    const kinds = new Set(results.map((r) => r.split('\t')[2]));
    expect([...kinds].sort()).toEqual(['BACKLOG_QUOTA', 'DEDUPLICATION', 'NAMESPACE', 'RETENTION', 'SCHEMA_COMPATIBILITY', 'TENANT', 'TOPIC', 'TTL']);
  }, 300_000);

  it('refuses a bad name or value where the admin API would, saying which resource', async () => {
    const good = hcl(EVERY_POLICY);
    const bad = good
      .replace('tenant           = "shop"', 'tenant           = "sh op"')
      .replace('topic_name = "payments"', 'topic_name = "pay/ments"')
      .replace('"consumer_backlog_eviction"', '"drop_oldest"')
      .replace('"FULL_TRANSITIVE"', '"LOOSE"')
      .replace('retention_minutes    = "4320"', 'retention_minutes    = "99999999999"');
    expect(bad.match(/sh op|pay\/ments|drop_oldest|LOOSE|99999999999/g)).toHaveLength(5);
    const results = await runPulsarPolicyCheck(await plan(bad));
    // The bad tenant name reaches the namespaces and topics that reference it.
    expect(results.filter((r) => r.startsWith('FAIL')).map((r) => r.split('\t').slice(1, 3).join(' '))).toEqual([
      'pulsar_tenant.shop TENANT',
      'pulsar_namespace.shop_orders NAMESPACE',
      'pulsar_namespace.shop_orders RETENTION',
      'pulsar_namespace.shop_orders BACKLOG_QUOTA',
      'pulsar_namespace.shop_orders SCHEMA_COMPATIBILITY',
      'pulsar_namespace.shop_payments NAMESPACE',
      'pulsar_topic.orders TOPIC',
      'pulsar_topic.payments TOPIC',
    ]);
    // Each alone is refused too: a file with only the bad topic name fails on that topic only.
    const oneBad = await runPulsarPolicyCheck(await plan(good.replace('topic_name = "payments"', 'topic_name = "pay/ments"')));
    expect(oneBad.filter((r) => r.startsWith('FAIL')).map((r) => r.split('\t').slice(1, 3).join(' '))).toEqual(['pulsar_topic.payments TOPIC']);
  }, 300_000);
});
