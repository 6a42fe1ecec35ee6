import { describe, expect, it } from 'vitest';
import { KAFKA_LONG_MAX } from '../design';
import { strimziExporter } from '../exporters/strimzi';
import { topicctlExporter } from '../exporters/topicctl';
import { readYamlLikeGo, requireGo } from '../testing/go-check';
import { strimziImporter } from './strimzi';
import { topicctlImporter } from './topicctl';

/**
 * Topic configs as files write them. max.compaction.lag.ms defaults to
 * Long.MAX_VALUE (9223372036854775807), which a JSON or YAML reader turns into
 * 2^63: the design keeps it as text, and the exports write it exactly.
 */

requireGo('Topic config import tests');

const strimziTopic = `apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata:
  name: customers
  labels:
    strimzi.io/cluster: my-cluster
spec:
  partitions: 3
  replicas: 3
  config:
    cleanup.policy: compact
    max.compaction.lag.ms: 9223372036854775807
`;

describe('max.compaction.lag.ms at Long.MAX_VALUE', () => {
  it('imports from Strimzi and comes back exactly, as kubectl reads it', () => {
    const imported = strimziImporter.import(strimziTopic, 'topic.yaml');
    if (!imported.ok) throw new Error(imported.errors[0].message);
    const topic = imported.design.nodes.find((n) => n.kind === 'kafka-topic');
    expect(topic?.kind === 'kafka-topic' && topic.config['max.compaction.lag.ms']).toBe(KAFKA_LONG_MAX);
    const exported = strimziExporter.export(imported.design);
    if (!exported.ok) throw new Error(exported.errors[0].message);
    const [doc] = readYamlLikeGo(exported.files[0].content, 'k8s-yaml') as Array<{ spec: { config: Record<string, unknown> } }>;
    expect(String(doc.spec.config['max.compaction.lag.ms'])).toBe('9223372036854775807');
  });

  it('imports from topicctl and comes back exactly, as topicctl (yaml.v2) reads it', () => {
    const file = `meta:\n  name: customers\n  cluster: c\n  environment: dev\n  region: r\nspec:\n  partitions: 3\n  replicationFactor: 3\n  placement:\n    strategy: any\n  settings:\n    cleanup.policy: compact\n    max.compaction.lag.ms: 9223372036854775807\n`;
    const imported = topicctlImporter.import(file, 'customers.yaml');
    if (!imported.ok) throw new Error(imported.errors[0].message);
    const exported = topicctlExporter.export(imported.design);
    if (!exported.ok) throw new Error(exported.errors[0].message);
    const topicFile = exported.files.find((f) => f.path.endsWith('/topics/customers.yaml'))!;
    const [doc] = readYamlLikeGo(topicFile.content) as Array<{ spec: { settings: Record<string, unknown> } }>;
    expect(String(doc.spec.settings['max.compaction.lag.ms'])).toBe('9223372036854775807');
  });
});
