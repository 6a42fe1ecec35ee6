import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/consumers-keep-up`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A handler busy p50 milliseconds per message processes at most 1000 / p50 messages a second, so a group of c busy handlers processes c × 1000 / p50 (the service rate of an M/M/c queue). Below the rate that reaches it the backlog grows for as long as the traffic lasts: lag never comes back down, latency grows without bound, and time- or size-limited channels eventually delete messages unread. The median is the optimistic figure (a lognormal handler's mean is above its median), so a group this rule flags is short even on a good day. Handlers in flight are the instances that are not hot standbys times their concurrency; a RabbitMQ consumer is sent no more than its prefetch, and a JetStream consumer has no more than max_ack_pending messages in flight over all its instances, so handlers beyond them are idle (the fix raises it with the instances). For Kafka, partitions cap the members that receive records: when the group has the members but the topic lacks the partitions, kafka/partitions-for-target-throughput reports the topic, and the fix here raises the partitions together with the instances. The rate is the sustained throughput the flows reaching the group declare (through RabbitMQ routing and SNS subscriptions), not the peak: a queue exists to absorb peaks. A group is judged only when the design declares both its rate and its processing time (values that differ from the schema's defaults), and when what it receives is known: a queue shared by several groups, whose split the design does not declare, is not judged, nor is an SQS FIFO queue, whose message groups cap its parallelism (sqs/fifo-group-vs-consumers).",
  howToFix:
    'Run more instances (or more handlers per instance, with the prefetch to feed them), make the handler faster, or lower the rate that reaches the group. For a Kafka group, give the topic at least as many partitions as members.',
  sources: [CORE_SOURCES.kafkaConsumerGroups, CORE_SOURCES.rabbitmqPrefetch, CORE_SOURCES.queueingMmc],
  examples: {
    failing: {
      requirements: { throughput: 800, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'checkout' },
        { kind: 'sqs-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'fulfilment', instances: 2, processingMsP50: 50 },
      ],
      connections: [
        { from: 'checkout', to: 'orders' },
        { from: 'orders', to: 'fulfilment' },
      ],
    },
    passing: {
      requirements: { throughput: 800, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'checkout' },
        { kind: 'sqs-queue', id: 'orders' },
        { kind: 'consumer-group', id: 'fulfilment', instances: 4, concurrency: 10, processingMsP50: 50 },
      ],
      connections: [
        { from: 'checkout', to: 'orders' },
        { from: 'orders', to: 'fulfilment' },
      ],
    },
  },
};
