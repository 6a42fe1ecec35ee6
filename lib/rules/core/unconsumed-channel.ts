import { defineRule } from '../rule';
import { hasConsumer, isTtlDelayQueue, kindLabel } from './_channels';
import { deadLetterTargets } from './_dead-letters';
import { CORE_SOURCES } from './_sources';

const KINDS = ['kafka-topic', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic'] as const;

export const unconsumedChannel = defineRule({
  meta: {
    id: 'core/unconsumed-channel',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Every topic, queue and stream should have a consumer.',
      rationale:
        'Messages sent to a channel nobody reads are never processed: a queue or stream fills up until its limits drop or reject messages, a Kafka topic deletes them unread when retention expires, and an SNS topic without subscriptions discards them at once. Usually a consumer was forgotten on the canvas, or the channel is left over from an earlier design. Dead-letter queues are exempt (core/dlq-monitored covers them), and so are the delay queues of a retry loop, which messages leave by expiring.',
      howToFix: 'Connect the consumer group that processes these messages, or remove the channel and what publishes to it.',
      sources: [CORE_SOURCES.kafkaTopicConfigs, CORE_SOURCES.sqsDeadLetterQueues],
    },
    messages: {
      unconsumed: '{kind} "{channel}" has no consumer: messages sent to it are never processed.',
      noSubscription: 'SNS topic "{channel}" has no subscriptions: every message published to it is discarded.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'billing', name: 'billing' },
        ],
        connections: [
          { id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' },
          { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
        ],
      },
    },
  },
  check({ design, graph, report }) {
    const deadLetters = deadLetterTargets(design);
    for (const kind of KINDS) {
      for (const channel of graph.byKind.get(kind) ?? []) {
        if (hasConsumer(design, channel.id) || deadLetters.has(channel.id) || isTtlDelayQueue(design, channel)) continue;
        report({
          target: { type: 'node', id: channel.id },
          messageId: kind === 'sns-topic' ? 'noSubscription' : 'unconsumed',
          data: { channel: channel.name, kind: kindLabel(channel) },
        });
      }
    }
  },
});

