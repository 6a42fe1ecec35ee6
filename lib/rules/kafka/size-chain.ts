import { clusterOf, nodesOfKind, patchNode,  type Design } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { versionBelow } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { compresses, DEFAULT_MAX_REQUEST_SIZE, largestRecordBytes, limitFor } from './_producers';
import { KAFKA_SOURCES } from './_sources';
import { consumeEdges, publishEdges, topicMaxMessageBytes } from './_topics';

/** Kafka's default max.partition.fetch.bytes: 1 MiB. */
const DEFAULT_MAX_PARTITION_FETCH_BYTES = 1_048_576;

interface Link {
  describe: string;
  limit: number;
  raise: (d: Design, bytes: number) => Design;
}

export const sizeChain = defineRule({
  meta: {
    id: 'kafka/size-chain',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'The largest record of a flow must fit every size limit on its way: producer, topic (or broker) and, for old consumers, the fetch size.',
      rationale:
        'A record passes three limits: the producer\'s max.request.size (checked on the uncompressed record), the topic\'s max.message.bytes, which defaults to the broker\'s message.max.bytes (Redpanda: kafka_batch_max_bytes) and applies to the compressed batch, and, for consumers older than Kafka 0.10.2, max.partition.fetch.bytes, since those cannot fetch a batch larger than it. The smallest one decides: a record above it fails with RecordTooLargeException (or, for the old consumer, blocks the partition). Raising one limit alone does not help. The consumer limit is checked when the cluster\'s declared version is older than 0.10.2; the topic limit only for producers that do not compress.',
      howToFix: 'Raise every limit on the path together (max.request.size, max.message.bytes, and max.partition.fetch.bytes for old consumers), or shrink or split the payloads.',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.consumerConfigs],
    },
    subsumes: ['kafka/record-size-within-limits'],
    messages: {
      tooLarge:
        'Records of up to {bytes} bytes from "{producer}" to "{topic}" exceed {links}: they are rejected with RecordTooLargeException.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { maxMessageBytes: 2000000 },
        nodes: [
          { kind: 'producer', id: 'media-api', kafka: { 'max.request.size': 4194304 } },
          { kind: 'kafka-topic', id: 'uploads' },
        ],
        connections: [['media-api', 'uploads', 'publish']],
      }),
      passing: exampleDesign({
        requirements: { maxMessageBytes: 2000000 },
        nodes: [
          { kind: 'producer', id: 'media-api', kafka: { 'max.request.size': 4194304 } },
          { kind: 'kafka-topic', id: 'uploads', config: { 'max.message.bytes': 4194304 } },
        ],
        connections: [['media-api', 'uploads', 'publish']],
      }),
    },
  },
  check({ design, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const producers = publishEdges(design, topic.id);
      if (producers.length === 0) continue;
      const cap = topicMaxMessageBytes(design, topic);
      const topicLink: Link = {
        describe: `the ${cap.setting} (${cap.value})`,
        limit: cap.value,
        raise: (d, bytes) => patchNode(d, topic.id, { config: { 'max.message.bytes': bytes } }),
      };
      const fetchLinks: Link[] = versionBelow(clusterOf(design, topic), '0.10.2')
        ? consumeEdges(design, topic.id).map(({ group }) => ({
            describe: `max.partition.fetch.bytes of "${group.name}" (${group.kafka['max.partition.fetch.bytes'] ?? DEFAULT_MAX_PARTITION_FETCH_BYTES})`,
            limit: group.kafka['max.partition.fetch.bytes'] ?? DEFAULT_MAX_PARTITION_FETCH_BYTES,
            raise: (d, bytes) => patchNode(d, group.id, { kafka: { 'max.partition.fetch.bytes': bytes } }),
          }))
        : [];
      for (const { connection, producer } of producers) {
        const bytes = largestRecordBytes(producer, producerRequirements(design, producer));
        const requestLink: Link = {
          describe: `"${producer.name}"'s max.request.size (${producer.kafka['max.request.size'] ?? DEFAULT_MAX_REQUEST_SIZE})`,
          limit: producer.kafka['max.request.size'] ?? DEFAULT_MAX_REQUEST_SIZE,
          raise: (d, size) => patchNode(d, producer.id, { kafka: { 'max.request.size': size } }),
        };
        // The topic's limit applies to the compressed batch, whose size the design does not know.
        const links = [requestLink, ...(compresses(producer) ? [] : [topicLink]), ...fetchLinks];
        const broken = links.filter((link) => bytes > link.limit).sort((a, b) => a.limit - b.limit);
        if (broken.length === 0) continue;
        const raised = limitFor(bytes);
        report({
          target: { type: 'connection', id: connection.id },
          messageId: 'tooLarge',
          data: { bytes, producer: producer.name, topic: topic.name, links: broken.map((l) => l.describe).join(' and ') },
          fix: {
            label: `Raise ${broken.length === 1 ? 'the limit' : `all ${broken.length} limits`} to ${raised} bytes`,
            apply: (d) => broken.reduce((acc, link) => link.raise(acc, raised), d),
          },
        });
      }
    }
  },
});
