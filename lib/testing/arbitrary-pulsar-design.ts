import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';
import { PULSAR_BACKLOG_QUOTA_POLICIES, PULSAR_SCHEMA_COMPATIBILITY } from '../design/kinds/pulsar-enums';

/**
 * Pulsar designs the admin API would accept, drawn widely: topics in the built-in or an own
 * tenant and namespace, persistent or not, partitioned or not, with each namespace policy set or
 * left to the broker (several topics of one namespace may disagree, which the Terraform lists);
 * tiered-storage offload, subscriptions and consumers, which the Terraform does not keep.
 */

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const topic = fc.record({
  tenant: opt(fc.constantFrom('public', 'shop')),
  namespace: opt(fc.constantFrom('default', 'orders')),
  persistence: opt(fc.constantFrom('persistent', 'non-persistent')),
  partitions: opt(fc.constantFrom(0, 1, 4)),
  retentionTimeInMinutes: opt(fc.constantFrom(-1, 60, 4320)),
  retentionSizeInMB: opt(fc.constantFrom(-1, 100, 10_240)),
  messageTtlSeconds: opt(fc.constantFrom(0, 3600)),
  backlogQuotaLimitBytes: opt(fc.constantFrom(-1, 1024 ** 3)),
  backlogQuotaLimitSeconds: opt(fc.constantFrom(-1, 3600)),
  backlogQuotaPolicy: opt(fc.constantFrom(...PULSAR_BACKLOG_QUOTA_POLICIES)),
  deduplication: opt(fc.boolean()),
  schemaCompatibilityStrategy: opt(fc.constantFrom(...PULSAR_SCHEMA_COMPATIBILITY)),
  offloadDriver: opt(fc.constant('aws-s3')),
  subscribed: fc.boolean(),
});

export function arbPulsarDesign(): fc.Arbitrary<Design> {
  return fc.array(topic, { minLength: 1, maxLength: 4 }).map((topics) => {
    const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [{ kind: 'producer', id: 'api' }];
    const connections: TestConnection[] = [{ from: 'api', to: 't0' }];
    topics.forEach(({ subscribed, ...settings }, i) => {
      nodes.push({ kind: 'pulsar-topic', id: `t${i}`, name: `topic-${i}`, cluster: 'pulsar', ...JSON.parse(JSON.stringify(settings)) });
      if (!subscribed) return;
      nodes.push({ kind: 'pulsar-subscription', id: `s${i}`, name: `sub-${i}`, cluster: 'pulsar' }, { kind: 'consumer-group', id: `c${i}` });
      connections.push({ from: `t${i}`, to: `s${i}` }, { from: `s${i}`, to: `c${i}` });
    });
    return makeDesign({ name: 'Generated Pulsar design', clusters: [{ id: 'pulsar', name: 'standalone', broker: 'pulsar' }], nodes, connections }, { recommended: false });
  });
}
