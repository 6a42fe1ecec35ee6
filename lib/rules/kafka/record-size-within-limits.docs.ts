import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/record-size-within-limits`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "The producer refuses a record larger than max.request.size (1 MiB by default) before sending it, and the broker rejects a batch larger than the topic's max.message.bytes (by default the broker's message.max.bytes, 1 MiB plus 12 bytes; Redpanda: kafka_batch_max_bytes). Both fail with RecordTooLargeException and the record is not written. The topic limit applies to the compressed batch, so it is checked only for producers that do not compress.",
  howToFix: "Raise the topic's max.message.bytes and the producer's max.request.size together, or shrink or split the payloads (for example, store the body elsewhere and send a reference).",
  sources: [KAFKA_SOURCES.topicConfigs, KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.consumerConfigs],
  examples: {
    failing: exampleDesign({
      requirements: { maxMessageBytes: 5000000 },
      nodes: [
        { kind: 'producer', id: 'media-api' },
        { kind: 'kafka-topic', id: 'uploads' },
      ],
      connections: [['media-api', 'uploads', 'publish']],
    }),
    passing: exampleDesign({
      requirements: { maxMessageBytes: 5000000 },
      nodes: [
        { kind: 'producer', id: 'media-api', kafka: { 'max.request.size': 6291456 } },
        { kind: 'kafka-topic', id: 'uploads', config: { 'max.message.bytes': 6291456 } },
      ],
      connections: [['media-api', 'uploads', 'publish']],
    }),
  },
};
