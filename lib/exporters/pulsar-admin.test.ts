import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { pulsarAdminCalls, pulsarAdminFlagProblems } from '../testing/exports/pulsar-admin-check';
import { pulsarAdminExporter } from './pulsar-admin';

const DESIGN = {
  name: 'Shop events',
  nodes: [
    { kind: 'producer', id: 'orders-api' },
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
      offloadDriver: 'aws-s3',
      offloadThresholdBytes: 1024 ** 3,
    },
    { kind: 'pulsar-topic', id: 'orders-billing-DLQ', name: 'orders-billing-DLQ', tenant: 'shop', namespace: 'orders', role: 'dead-letter', messageTtlSeconds: 604_800 },
    { kind: 'pulsar-topic', id: 'clicks', persistence: 'non-persistent' },
    { kind: 'pulsar-subscription', id: 'billing', subscriptionType: 'Key_Shared', maxRedeliverCount: 5, ackTimeoutMillis: 30_000, subscriptionInitialPosition: 'Earliest' },
    { kind: 'consumer-group', id: 'billing-service' },
  ],
  connections: [
    { from: 'orders-api', to: 'orders' },
    { from: 'orders', to: 'billing' },
    { from: 'billing', to: 'billing-service' },
    { from: 'billing', to: 'orders-billing-DLQ', kind: 'dead-letter' as const },
  ],
};

function script(design: Design): string {
  const result = pulsarAdminExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

describe('pulsar-admin exporter', () => {
  const text = script(makeDesign(DESIGN));

  it('writes a script bash reads, whose every option pulsar-admin documents for its sub-command', () => {
    execFileSync('bash', ['-n', '-c', text], { env: { PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv });
    expect(pulsarAdminFlagProblems(pulsarAdminCalls(text))).toEqual([]);
  });

  it('hands pulsar-admin exactly the design’s tenants, namespace policies, topics and subscriptions', () => {
    expect(pulsarAdminCalls(text)).toEqual([
      ['tenants', 'create', 'shop', '--allowed-clusters', 'standalone'],
      ['namespaces', 'create', 'shop/orders', '--clusters', 'standalone'],
      ['namespaces', 'set-retention', 'shop/orders', '--time', '4320m', '--size', '10240M'],
      ['namespaces', 'set-message-ttl', 'shop/orders', '--messageTTL', '604800'],
      ['namespaces', 'set-backlog-quota', 'shop/orders', '--limit', '10G', '--policy', 'producer_request_hold', '--type', 'destination_storage'],
      ['namespaces', 'set-deduplication', 'shop/orders', '--enable'],
      ['namespaces', 'set-schema-compatibility-strategy', 'shop/orders', '--compatibility', 'BACKWARD'],
      ['namespaces', 'set-offload-threshold', 'shop/orders', '--size', '1G'],
      ['topics', 'create-partitioned-topic', 'persistent://shop/orders/orders', '--partitions', '4'],
      ['topics', 'create', 'persistent://shop/orders/orders-billing-DLQ'],
      ['topics', 'create-subscription', 'persistent://shop/orders/orders', '--subscription', 'billing', '--messageId', 'earliest'],
    ]);
    expect(text).toContain(
      '# Consumers of billing: subscriptionType=Key_Shared, ackTimeout=30000ms, deadLetterPolicy(maxRedeliverCount=5, deadLetterTopic=persistent://shop/orders/orders-billing-DLQ)',
    );
    expect(text).toContain('non-persistent://public/default/clicks: non-persistent and non-partitioned, created when first used');
    expect(text).toContain('managedLedgerOffloadDriver');
  });

  it('the checker catches an option pulsar-admin does not document and a sub-command it does not know', () => {
    const wrong = text.replace('--messageTTL', '--ttl-seconds').replace('topics create-partitioned-topic', 'topics create-partitioned');
    expect(wrong).not.toBe(text);
    expect(pulsarAdminFlagProblems(pulsarAdminCalls(wrong))).toEqual([
      'pulsar-admin namespaces set-message-ttl: unknown option --ttl-seconds',
      'pulsar-admin topics create-partitioned: not a sub-command the table documents',
    ]);
  });

  it('quotes names from the design so bash hands them over unchanged', () => {
    const hostile = script(makeDesign({ nodes: [{ kind: 'pulsar-topic', id: 't', name: 'a$(touch x)b', tenant: 'te-n.ant', namespace: 'n=s' }] }));
    expect(pulsarAdminCalls(hostile)).toEqual([
      ['tenants', 'create', 'te-n.ant', '--allowed-clusters', 'standalone'],
      ['namespaces', 'create', 'te-n.ant/n=s', '--clusters', 'standalone'],
      ['topics', 'create', 'persistent://te-n.ant/n=s/t'],
    ]);
  });

  it('refuses a design without a Pulsar topic', () => {
    expect(pulsarAdminExporter.export(makeDesign({ nodes: [{ kind: 'producer', id: 'p' }] })).ok).toBe(false);
  });
});
