import { nodesOfKind, patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { compresses, DEFAULT_MAX_REQUEST_SIZE, largestRecordBytes, limitFor } from './_producers';
import { kafkaTopicsPublishedBy, publishEdges, topicMaxMessageBytes } from './_topics';

export const recordSizeWithinLimits = defineRule({
  meta: {
    id: 'kafka/record-size-within-limits',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: "The largest record a flow declares must fit the producer's max.request.size and the topic's max.message.bytes.",
    messages: {
      request: 'Producer "{producer}" sends records of up to {bytes} bytes but its max.request.size is {limit}: the client rejects them with RecordTooLargeException.',
      topic: 'Topic "{topic}" accepts batches of at most {limit} bytes ({setting}) but "{producer}" sends uncompressed records of up to {bytes} bytes: the broker rejects them.',
    },
  },
  check({ design, source, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const limit = producer.kafka['max.request.size'] ?? DEFAULT_MAX_REQUEST_SIZE;
      const bytes = largestRecordBytes(producer, producerRequirements(design, producer));
      if (bytes <= limit || kafkaTopicsPublishedBy(design, producer.id).length === 0) continue;
      const raised = limitFor(bytes);
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'request',
        data: { producer: producer.name, bytes, limit },
        fix: {
          label: `Set max.request.size=${raised}`,
          apply: (d) => patchNode(d, producer.id, { kafka: { 'max.request.size': raised } }),
        },
      });
    }
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const cap = topicMaxMessageBytes(source, topic);
      let largest: { producer: string; bytes: number } | undefined;
      for (const { producer } of publishEdges(design, topic.id)) {
        if (compresses(producer)) continue;
        const bytes = largestRecordBytes(producer, producerRequirements(design, producer));
        if (bytes > cap.value && (!largest || bytes > largest.bytes)) largest = { producer: producer.name, bytes };
      }
      if (!largest) continue;
      const raised = limitFor(largest.bytes);
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'topic',
        data: { topic: topic.name, limit: cap.value, setting: cap.setting, producer: largest.producer, bytes: largest.bytes },
        fix: {
          label: `Set max.message.bytes=${raised}`,
          apply: (d) => patchNode(d, topic.id, { config: { 'max.message.bytes': raised } }),
        },
      });
    }
  },
});
