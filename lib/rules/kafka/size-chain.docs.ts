import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/size-chain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A record passes three limits: the producer's max.request.size (checked on the uncompressed record), the topic's max.message.bytes, which defaults to the broker's message.max.bytes (Redpanda: kafka_batch_max_bytes) and applies to the compressed batch, and, for consumers older than Kafka 0.10.2, max.partition.fetch.bytes, since those cannot fetch a batch larger than it. The smallest one decides: a record above it fails with RecordTooLargeException (or, for the old consumer, blocks the partition). Raising one limit alone does not help. The consumer limit is checked when the cluster's declared version is older than 0.10.2; the topic limit only for producers that do not compress.",
  howToFix: 'Raise every limit on the path together (max.request.size, max.message.bytes, and max.partition.fetch.bytes for old consumers), or shrink or split the payloads.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.consumerConfigs],
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
};
