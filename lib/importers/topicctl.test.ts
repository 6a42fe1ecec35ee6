import { describe, expect, it } from 'vitest';
import type { ImportResult } from './importer';
import { topicctlImporter } from './topicctl';

const CLUSTER = `meta:
  name: prod-cluster
  environment: production
  region: us-east-1
  description: Main cluster
spec:
  bootstrapAddrs: [broker-1:9092, broker-2:9092]
`;

const TOPIC = (extra = '') => `meta:
  name: orders.created
  cluster: prod-cluster
  environment: production
  region: us-east-1
  description: Orders as they are created
  labels: { team: orders }
  consumers: [billing, shipping]
spec:
  partitions: 6
  replicationFactor: 3
  retentionMinutes: 1440
  placement:
    strategy: balanced-leaders
  settings:
    cleanup.policy: delete
    min.insync.replicas: 2
${extra}`;

function errors(result: ImportResult): string {
  return result.ok ? '' : result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n');
}

describe('topicctl import', () => {
  it('detects topic and cluster configs', () => {
    expect(topicctlImporter.detect(CLUSTER)).toBe(true);
    expect(topicctlImporter.detect(TOPIC())).toBe(true);
    expect(topicctlImporter.detect('metadata:\n  name: x\nspec:\n  partitions: 1\n')).toBe(false);
  });

  it('imports a cluster and its topics from one multi-document file', () => {
    const result = topicctlImporter.import(`${CLUSTER}---\n${TOPIC()}`);
    if (!result.ok) throw new Error(errors(result));
    const { design, report } = result;
    expect(design.name).toBe('prod-cluster');
    expect(design.clusters).toMatchObject([{ name: 'prod-cluster', broker: 'kafka', environment: 'production' }]);
    expect(design.clusters[0].notes).toMatch(/Bootstrap servers: broker-1:9092, broker-2:9092/);
    const topic = design.nodes.find((n) => n.kind === 'kafka-topic');
    expect(topic).toMatchObject({ name: 'orders.created', partitions: 6, replicationFactor: 3, placement: 'balanced-leaders', config: { 'retention.ms': 86_400_000, 'min.insync.replicas': 2 } });
    expect(topic?.notes).toMatch(/Orders as they are created\nLabels: team=orders/);
    expect(design.nodes.filter((n) => n.kind === 'consumer-group').map((n) => n.name)).toEqual(['billing', 'shipping']);
    expect(design.connections.map((c) => c.kind)).toEqual(['consume', 'consume']);
    expect(report.map((n) => n.message).join('\n')).not.toMatch(/placement/i);
  });

  it('refuses what topicctl refuses, naming each problem', () => {
    const cases: Array<[string, RegExp]> = [
      [TOPIC('  partitons: 3\n'), /spec.partitons: unknown field "partitons"/],
      [TOPIC('  migration: { throttleMB: 10, speed: 2 }\n'), /spec.migration.speed: unknown field/],
      [TOPIC().replace('    min.insync.replicas: 2', '    retention.ms: 1000'), /cannot set both retentionMinutes and retention.ms/],
      [TOPIC().replace('    min.insync.replicas: 2', '    message.timestamp.before.max.ms: 1000'), /key message.timestamp.before.max.ms is not a recognised topic config setting/],
      [TOPIC().replace('strategy: balanced-leaders', 'strategy: static\n    staticAssignments: [[1, 2, 3]]'), /static assignments must have one row per partition/],
      [TOPIC().replace('strategy: balanced-leaders', 'strategy: in-zone'), /placement strategy "in-zone" is not one of/],
      [TOPIC().replace('partitions: 6', 'partitions: 0'), /spec.partitions must be a positive number/],
      [`${CLUSTER}---\n${TOPIC().replace('region: us-east-1', 'region: eu-west-1')}`, /topic region "eu-west-1" does not match the cluster config's "us-east-1"/],
      [CLUSTER.replace('  bootstrapAddrs: [broker-1:9092, broker-2:9092]', '  bootstrapAddrs: []'), /at least one bootstrap broker address/],
    ];
    for (const [text, message] of cases) {
      const result = topicctlImporter.import(text);
      expect(result.ok, text).toBe(false);
      expect(errors(result)).toMatch(message);
    }
  });

  it('creates the cluster a topic names when the file has no cluster config, with a note', () => {
    const result = topicctlImporter.import(TOPIC());
    if (!result.ok) throw new Error(errors(result));
    expect(result.design.clusters).toMatchObject([{ name: 'prod-cluster', environment: 'production' }]);
    expect(result.report.map((n) => n.message).join('\n')).toMatch(/described in its own cluster.yaml/);
  });
});
