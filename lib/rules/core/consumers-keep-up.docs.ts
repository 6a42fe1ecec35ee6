import type { RuleDocs } from '../rule-docs';
import { ARTEMIS_DOCS } from '../../brokers/artemis/docs';
import { PUBSUB_DOCS } from '../../brokers/pubsub/sources';
import { PULSAR_DOCS } from '../../brokers/pulsar/sources';
import { SERVICEBUS_DOCS } from '../../brokers/servicebus/sources';
import { RMQ_SOURCES } from '../rabbitmq/_sources';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/consumers-keep-up`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A handler busy p50 milliseconds per message processes at most 1000 / p50 messages a second, so a group of c busy handlers processes c × 1000 / p50 (the service rate of an M/M/c queue). Below the rate that reaches it the backlog grows for as long as the traffic lasts: lag never comes back down, latency grows without bound, and time- or size-limited channels eventually delete messages unread. The median is the optimistic figure (a lognormal handler's mean is above its median), so a group this rule flags is short even on a good day. Handlers in flight are the instances that are not hot standbys times their concurrency; a RabbitMQ consumer is sent no more than its prefetch, and a JetStream consumer has no more than max_ack_pending messages in flight over all its instances, so handlers beyond them are idle (the fix raises it with the instances). For Kafka, partitions cap the members that receive records: when the group has the members but the topic lacks the partitions, kafka/partitions-for-target-throughput reports the topic, and the fix here raises the partitions together with the instances. " +
    "The rate is the sustained throughput the flows reaching the group declare (through RabbitMQ routing and SNS subscriptions), not the peak: a queue exists to absorb peaks. A Pub/Sub, Pulsar or Service Bus subscription and an Artemis multicast queue are each one copy of their topic's messages, read like a queue by the consumers that share it. Some channels deliver to fewer consumers than subscribe: a RabbitMQ queue with a single active consumer, an exclusive Artemis queue and a Pulsar Exclusive subscription deliver to one, a Pulsar Failover subscription to one per partition, and the other instances stand by; when the handlers needed are more than those consumers run, the finding says so and offers no instance count as a fix (a Pulsar Exclusive subscription with several instances is pulsar/exclusive-subscription-one-consumer's finding). " +
    "A group is judged only when the design declares both its rate and its processing time (values that differ from the schema's defaults), and when what it receives is known: a queue or subscription shared by several groups, whose split the design does not declare, is not judged, nor is a filter on the way (a Pub/Sub filter, Service Bus rules, an Artemis queue filter, an Artemis anycast address's several queues, each of which gets some of its messages), nor a last-value queue (it keeps one message per key) or a Service Bus entity that auto-forwards. Where keys cap the parallelism (an SQS FIFO queue's message groups, Service Bus sessions, Pub/Sub ordering keys, a Pulsar Key_Shared subscription: a key's messages go to one handler at a time) the handlers' capacity is still an upper bound, so a group below it is behind however its keys spread.",
  howToFix:
    'Run more instances (or more handlers per instance, with the prefetch to feed them), make the handler faster, or lower the rate that reaches the group. For a Kafka group, give the topic at least as many partitions as members.',
  sources: [
    CORE_SOURCES.kafkaConsumerGroups,
    CORE_SOURCES.rabbitmqPrefetch,
    RMQ_SOURCES.singleActiveConsumer,
    PULSAR_DOCS.subscriptionTypes,
    SERVICEBUS_DOCS.queuesTopicsSubscriptions,
    PUBSUB_DOCS.subscriptionOverview,
    ARTEMIS_DOCS.exclusiveQueues,
    CORE_SOURCES.queueingMmc,
  ],
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
