import { defineRule } from '../rule';
import { hasConsumer, isTtlDelayQueue, kindLabel } from './_channels';
import { deadLetterTargets } from './_dead-letters';

const KINDS = ['kafka-topic', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic', 'artemis-queue'] as const;

export const unconsumedChannel = defineRule({
  meta: {
    id: 'core/unconsumed-channel',
    category: 'operability',
    severity: 'warning',
    summary: 'Every topic, queue and stream should have a consumer.',
    messages: {
      unconsumed: '{kind} "{channel}" has no consumer: messages sent to it are never processed.',
      noSubscription: 'SNS topic "{channel}" has no subscriptions: every message published to it is discarded.',
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
