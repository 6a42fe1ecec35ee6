import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../design';
import type { ImportResult } from './importer';
import { strimziImporter } from './strimzi';

function ok(result: ImportResult): { design: Design; report: string } {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  return { design: result.design, report: result.report.map((n) => `${n.path}: ${n.message}`).join('\n') };
}
const run = (text: string) => ok(strimziImporter.import(text));
const node = (design: Design, name: string): DesignNode => {
  const found = design.nodes.find((n) => n.name === name);
  if (!found) throw new Error(`no node "${name}"`);
  return found;
};
const edges = (design: Design) => design.connections.map((c) => `${c.kind} ${design.nodes.find((n) => n.id === c.from)!.name} -> ${design.nodes.find((n) => n.id === c.to)!.name}`).sort();

const topic = (name: string, version = 'v1', spec = 'partitions: 3\n  replicas: 3') => `apiVersion: kafka.strimzi.io/${version}
kind: KafkaTopic
metadata:
  name: ${name}
  labels: { strimzi.io/cluster: prod }
spec:
  ${spec}
`;

describe('Strimzi import', () => {
  it('detects Strimzi resources', () => {
    expect(strimziImporter.detect(topic('a'))).toBe(true);
    expect(strimziImporter.detect('apiVersion: apps/v1\nkind: Deployment\n')).toBe(false);
  });

  it('imports KafkaTopic v1 and v1beta2, with spec.topicName and typed config', () => {
    const { design, report } = run(
      [
        topic(
          'orders-v1',
          'v1',
          'topicName: Orders.V1\n  partitions: 12\n  replicas: 3\n  config:\n    retention.ms: "604800000"\n    cleanup.policy: compact,delete\n    min.insync.replicas: 2\n    message.timestamp.type: LogAppendTime',
        ),
        topic('payments', 'v1beta2'),
      ].join('---\n'),
    );
    expect(node(design, 'Orders.V1')).toMatchObject({
      kind: 'kafka-topic',
      partitions: 12,
      replicationFactor: 3,
      config: { 'retention.ms': 604_800_000, 'cleanup.policy': 'compact,delete', 'min.insync.replicas': 2 },
    });
    expect(node(design, 'payments')).toMatchObject({ partitions: 3, replicationFactor: 3 });
    expect(design.clusters).toMatchObject([{ name: 'prod', broker: 'kafka' }]);
    expect(report).toMatch(/message.timestamp.type.*not represented/);
    expect(report).toMatch(/1 topic does not set min.insync.replicas/);
  });

  it('infers producers and consumers from KafkaUser ACLs', () => {
    const { design, report } = run(
      [
        topic('orders'),
        topic('orders-enriched'),
        topic('audit-log'),
        `apiVersion: kafka.strimzi.io/v1
kind: KafkaUser
metadata: { name: order-api, labels: { strimzi.io/cluster: prod } }
spec:
  authorization:
    type: simple
    acls:
      - { resource: { type: topic, name: orders }, operations: [Write, Describe] }
      - { resource: { type: transactionalId, name: order-api-tx }, operations: [Write] }
`,
        `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata: { name: enricher, labels: { strimzi.io/cluster: prod } }
spec:
  authentication: { type: tls }
  authorization:
    type: simple
    acls:
      - { resource: { type: topic, name: orders }, operation: Read }
      - { resource: { type: topic, name: orders-, patternType: prefix }, operations: [Write] }
      - { resource: { type: group, name: enricher-group }, operations: [Read] }
      - { resource: { type: topic, name: audit-log }, operations: [Write], type: deny }
      - { resource: { type: cluster }, operations: [IdempotentWrite] }
`,
      ].join('---\n'),
    );
    expect(node(design, 'order-api')).toMatchObject({ kind: 'producer', kafka: { 'transactional.id': 'order-api-tx' } });
    expect(node(design, 'enricher')).toMatchObject({ kind: 'consumer-group', groupId: 'enricher-group' });
    expect(edges(design)).toEqual(['consume orders -> enricher', 'publish enricher -> orders-enriched', 'publish order-api -> orders']);
    // Every rule, deny and cluster rules included, and the authentication stay on the cluster's principals.
    const principals = design.clusters[0].principals ?? [];
    expect(principals.map((p) => [p.name, p.service, p.authentication])).toEqual([
      ['order-api', 'order-api', undefined],
      ['enricher', 'enricher', 'tls'],
    ]);
    expect(principals[1].acls).toEqual([
      { type: 'allow', resource: { type: 'topic', name: 'orders', patternType: 'literal' }, operations: ['Read'] },
      { type: 'allow', resource: { type: 'topic', name: 'orders-', patternType: 'prefix' }, operations: ['Write'] },
      { type: 'allow', resource: { type: 'group', name: 'enricher-group', patternType: 'literal' }, operations: ['Read'] },
      { type: 'deny', resource: { type: 'topic', name: 'audit-log', patternType: 'literal' }, operations: ['Write'] },
      { type: 'allow', resource: { type: 'cluster', patternType: 'literal' }, operations: ['IdempotentWrite'] },
    ]);
    expect(report).not.toMatch(/deny|Cluster ACLs|authentication/i);
  });

  it('keeps a rule on a topic the file does not declare on the user, and adds no topic (an export would create it)', () => {
    const { design, report } = run(`apiVersion: kafka.strimzi.io/v1
kind: KafkaUser
metadata: { name: reader, labels: { strimzi.io/cluster: prod } }
spec:
  authorization:
    type: simple
    acls:
      - { resource: { type: topic, name: elsewhere }, operations: [Read] }
`);
    expect(edges(design)).toEqual([]);
    expect(design.nodes.map((n) => n.kind)).toEqual(['consumer-group']);
    expect(design.clusters[0].principals?.[0].acls).toEqual([{ type: 'allow', resource: { type: 'topic', name: 'elsewhere', patternType: 'literal' }, operations: ['Read'] }]);
    expect(report).toMatch(/matches no topic this file declares; it is kept on the user, and no topic is added/);
  });

  it('skips other kinds with the document index and kind, reads Kafka resources as clusters', () => {
    const { design, report } = run(
      [
        `apiVersion: kafka.strimzi.io/v1
kind: Kafka
metadata: { name: prod, namespace: kafka }
spec:
  kafka: { replicas: 5, version: 3.9.0, config: { auto.create.topics.enable: false } }
  zookeeper: { replicas: 3 }
`,
        'apiVersion: v1\nkind: Service\nmetadata: { name: s }\n',
        topic('orders'),
      ].join('---\n'),
    );
    expect(design.clusters).toMatchObject([{ name: 'prod', nodes: 5, version: '3.9.0', config: { 'auto.create.topics.enable': false } }]);
    expect(node(design, 'orders').cluster).toBe(design.clusters[0].id);
    expect(report).toMatch(/documents\[1\]: Document 2 \(v1 Service\) is not a Strimzi KafkaTopic, KafkaUser or Kafka; skipped/);
    expect(report).toMatch(/zookeeper is not represented/);
  });

  it('reports a topic without the cluster label and refuses files without Strimzi resources', () => {
    const { report } = run('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: { name: t }\nspec: { partitions: 1, replicas: 1 }\n');
    expect(report).toMatch(/no strimzi.io\/cluster label/);
    const refused = strimziImporter.import('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\n');
    expect(refused.ok).toBe(false);
  });
});
