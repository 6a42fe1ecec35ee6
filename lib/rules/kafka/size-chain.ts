import { clusterOf, nodesOfKind, patchNode, type Design } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { versionBelow } from '../../brokers/kafka/broker-settings';
import { compresses, DEFAULT_MAX_REQUEST_SIZE, largestRecordBytes, limitFor } from './_producers';
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
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'The largest record of a flow must fit every size limit on its way: producer, topic (or broker) and, for old consumers, the fetch size.',
    subsumes: ['kafka/record-size-within-limits'],
    messages: {
      tooLarge: 'Records of up to {bytes} bytes from "{producer}" to "{topic}" exceed {links}: they are rejected with RecordTooLargeException.',
    },
  },
  check({ design, source, report }) {
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const producers = publishEdges(design, topic.id);
      if (producers.length === 0) continue;
      const cap = topicMaxMessageBytes(source, topic);
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
