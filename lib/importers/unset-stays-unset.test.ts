import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { Design } from '../design';
import { rabbitmqDefinitionsExporter } from '../exporters/rabbitmq-definitions';
import { makeDesign } from '../design/build-design';
import { importFiles, importText } from '../families';
import { noteText } from './index';
import type { ImportResult } from './importer';

/**
 * Importers record what a file says and nothing else (issue 17, item 9): a
 * value the file leaves out stays unset in the design, which then resolves
 * it as the software does (the broker's default, the cluster's setting), and
 * the notes say so instead of claiming a value the design "assumes".
 */

function imported(result: ImportResult): { design: Design; notes: string[] } {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map(noteText) };
}

const topicOf = (design: Design) => {
  const topic = design.nodes.find((n) => n.kind === 'kafka-topic');
  if (topic?.kind !== 'kafka-topic') throw new Error('no topic');
  return topic;
};

const KAFKA_FILES: Array<[string, () => ImportResult]> = [
  [
    'a Strimzi KafkaTopic without partitions, replicas or configs',
    () => importText('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: my-cluster\nspec: {}\n', 'topic.yaml', 'strimzi'),
  ],
  [
    'a topicctl topic without settings',
    () =>
      importText(
        'meta:\n  name: orders\n  cluster: my-cluster\n  environment: development\n  region: local\n  description: Orders\nspec:\n  partitions: 3\n  replicationFactor: 2\n  placement:\n    strategy: any\n',
        'orders.yaml',
        'topicctl',
      ),
  ],
  [
    'an AsyncAPI Kafka channel without sizes or topic configuration',
    () =>
      importText(
        'asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\nservers:\n  prod:\n    host: localhost:9092\n    protocol: kafka\nchannels:\n  orders:\n    address: orders\n    servers:\n      - $ref: "#/servers/prod"\n',
        'orders.asyncapi.yaml',
        'asyncapi',
      ),
  ],
  ['a JulieOps topic without config', () => importFiles([{ path: 'topology.yaml', text: 'context: shop\nprojects:\n  - name: orders\n    topics:\n      - name: orders\n' }], 'julie-ops')],
];

describe('Kafka topics keep unset what the file leaves out', () => {
  it.each(KAFKA_FILES)('%s', (_label, read) => {
    const { design, notes } = imported(read());
    const topic = topicOf(design);
    expect(topic.config).not.toHaveProperty('min.insync.replicas');
    expect(topic.config).not.toHaveProperty('cleanup.policy');
    expect(topic.config).not.toHaveProperty('retention.ms');
    // The broker's default applies, and the notes say so rather than what the design would "assume".
    const resolved = resolveDesign(design).nodes.find((n) => n.id === topic.id);
    expect(resolved?.kind === 'kafka-topic' && resolved.config['min.insync.replicas']).toBe(1);
    // (It used to note that "the design assumes 2" and "6 partitions, replication factor 3".)
    expect(notes.join('\n')).not.toMatch(/assumes? 2|6 partitions|replication factor 3/);
    expect(notes.join('\n')).toMatch(/not set min\.insync\.replicas.*Kafka's default is 1/);
  });
});

describe('RabbitMQ queues keep unset the type a file does not give', () => {
  const definitions = (vhostMetadata?: object) =>
    JSON.stringify({
      rabbit_version: '3.13.7',
      vhosts: [{ name: '/', ...(vhostMetadata ? { metadata: vhostMetadata } : {}) }],
      queues: [{ name: 'jobs', vhost: '/', durable: true, auto_delete: false, arguments: {} }],
      exchanges: [],
      bindings: [],
    });

  it('a queue without type or x-queue-type has no type in the design: the broker default (classic) resolves it', () => {
    const { design } = imported(importText(definitions(), 'definitions.json', 'rabbitmq-definitions'));
    const queue = design.nodes.find((n) => n.kind === 'rabbitmq-queue');
    expect(queue).toBeDefined();
    expect(queue).not.toHaveProperty('type');
    expect(resolveDesign(design).nodes.find((n) => n.id === queue!.id)).toMatchObject({ type: 'classic' });
  });

  it("a vhost's default_queue_type is what the file says of its queues", () => {
    const { design } = imported(importText(definitions({ default_queue_type: 'quorum' }), 'definitions.json', 'rabbitmq-definitions'));
    expect(design.nodes.find((n) => n.kind === 'rabbitmq-queue')).toMatchObject({ type: 'quorum' });
  });

  it('design → definitions.json → design keeps an unset type unset', () => {
    const design = makeDesign({ clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq' }], nodes: [{ kind: 'rabbitmq-queue', id: 'jobs', cluster: 'r' }] }, { recommended: false });
    expect(design.nodes[0]).not.toHaveProperty('type');
    const exported = rabbitmqDefinitionsExporter.export(design);
    if (!exported.ok) throw new Error(exported.errors[0].message);
    const back = imported(importText(exported.files[0].content, 'definitions.json', 'rabbitmq-definitions')).design;
    expect(back.nodes.find((n) => n.kind === 'rabbitmq-queue')).not.toHaveProperty('type');
  });
});
