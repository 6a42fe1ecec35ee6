import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/outage-backlog-fits`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "While its consumers are down a channel keeps receiving: after an outage of T at λ msg/s it holds λT messages of λT × size bytes, and its oldest message is T old when the consumers return. The backlog is then read in the order it was written, so no message gets older than T as long as the consumers are faster than the inflow (core/consumers-keep-up): the drain time λT/(μ − λ) is how long they stay behind, not a longer retention. A length or byte limit below the backlog, or a time limit below T, removes messages before anyone reads them: a RabbitMQ queue drops the oldest (drop-head, the default) or refuses publishes, a JetStream stream discards old messages (or refuses new ones with discard new), Kafka deletes whole segments past retention.bytes per partition, SQS deletes messages older than MessageRetentionPeriod (14 days at most). Kafka's time-based retention is judged by kafka/retention-covers-consumer-lag. Only channels whose flows declare both the outage and their rate are judged; dead-letter queues and retry stages, whose contents are failures, are not.",
  howToFix:
    "Raise the limit to the backlog the fix proposes (size the broker's disk for it), or declare a shorter outage the operations team commits to. For SQS, an outage beyond 14 days cannot be held by the queue: archive to durable storage.",
  sources: [CORE_SOURCES.rabbitmqMaxLength, CORE_SOURCES.natsStreamLimits, CORE_SOURCES.kafkaTopicConfigs, CORE_SOURCES.sqsMessageRetention],
  examples: {
    failing: {
      requirements: { throughput: 50, messageSizeBytes: 2000, maxConsumerOutageHours: 4, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'checkout' },
        { kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 100000 } },
        { kind: 'consumer-group', id: 'fulfilment' },
      ],
      connections: [
        { from: 'checkout', to: 'orders' },
        { from: 'orders', to: 'fulfilment' },
      ],
    },
    passing: {
      requirements: { throughput: 50, messageSizeBytes: 2000, maxConsumerOutageHours: 4, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'checkout' },
        { kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 1000000 } },
        { kind: 'consumer-group', id: 'fulfilment' },
      ],
      connections: [
        { from: 'checkout', to: 'orders' },
        { from: 'orders', to: 'fulfilment' },
      ],
    },
  },
};
