import { describe, expect, it } from 'vitest';
import { makeDesign, type TestDesignInput } from '../design/build-design';
import { checkTerraformFile } from '../testing/exports/terraform-arguments-check';
import { terraformPulsarExporter } from './terraform-pulsar';

type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

const DESIGN = {
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
      backlogQuotaPolicy: 'producer_request_hold',
      deduplication: true,
      schemaCompatibilityStrategy: 'BACKWARD',
    },
    { kind: 'pulsar-topic', id: 'orders-dlq', tenant: 'shop', namespace: 'orders', role: 'dead-letter', messageTtlSeconds: 604_800 },
    { kind: 'pulsar-topic', id: 'clicks', persistence: 'non-persistent' },
  ],
  connections: [],
};

function exported(design: TestDesignInput): string {
  const result = terraformPulsarExporter.export(makeDesign(design));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['terraform/pulsar/main.tf']);
  return result.files[0].content;
}

describe('terraform-pulsar exporter', () => {
  const hcl = exported(DESIGN);

  it('parses, and every argument is one the streamnative/pulsar provider documents', async () => {
    expect((await checkTerraformFile(hcl)).problems).toEqual([]);
  });

  it('writes the tenant, the namespace with its topics’ policies and each topic', async () => {
    const { parsed } = await checkTerraformFile(hcl);
    const resource = parsed.resource as Blocks;
    expect(Object.keys(resource.pulsar_tenant)).toEqual(['shop']);
    const ns = resource.pulsar_namespace.shop_orders[0];
    expect(ns).toMatchObject({
      enable_deduplication: true,
      retention_policies: [{ retention_minutes: '4320', retention_size_in_mb: '10240' }],
      backlog_quota: [{ limit_bytes: '10737418240', limit_seconds: '-1', policy: 'producer_request_hold', type: 'destination_storage' }],
      namespace_config: [{ message_ttl_seconds: 604800, schema_compatibility_strategy: 'BACKWARD' }],
    });
    expect(resource.pulsar_topic.orders[0]).toMatchObject({ topic_type: 'persistent', topic_name: 'orders', partitions: 4 });
    expect(resource.pulsar_topic.clicks[0]).toMatchObject({ tenant: 'public', topic_type: 'non-persistent', partitions: 0 });
  });

  it('the checker catches an argument the provider does not document and a missing required one', async () => {
    const unknown = hcl.replace('  partitions = 4', '  partitions = 4\n  partition_count = 4');
    expect(unknown).not.toBe(hcl);
    expect((await checkTerraformFile(unknown)).problems).toEqual(['resource pulsar_topic.orders: unknown argument "partition_count"']);
    const missing = hcl.replace(/ {2}topic_type = "non-persistent"\n/, '');
    expect((await checkTerraformFile(missing)).problems).toEqual(['resource pulsar_topic.clicks: required argument "topic_type" is missing']);
  });
});
