import { nodesOfKind } from '../../design';
import type { ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { consumedChannels } from '../flow';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { idempotenceFix } from './_fix-decisions';

/**
 * Why a channel may deliver the same message to this group twice, or
 * `undefined` when it never redelivers (auto-ack RabbitMQ, AckNone JetStream).
 */
function redeliveryCause(channel: ResolvedNode, group: ResolvedConsumerGroup): string | undefined {
  switch (channel.kind) {
    case 'kafka-topic':
      return 'records processed but not yet committed are read again after a crash or rebalance';
    case 'rabbitmq-queue':
      return group.ackMode === 'manual' ? 'an unacknowledged delivery is requeued when the consumer or its connection fails' : undefined;
    case 'nats-stream':
      return group.nats.ack_policy === 'none' ? undefined : 'a message whose ack is late or lost is redelivered';
    case 'sqs-queue':
      return 'a message is received again when its visibility timeout expires, and standard queues may deliver it twice anyway';
    case 'sns-topic':
      return 'SNS retries a delivery it did not see succeed';
    default:
      return undefined;
  }
}

export const idempotentConsumerForAtLeastOnce = defineRule({
  meta: {
    id: 'core/idempotent-consumer-for-at-least-once',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A consumer on an at-least-once flow should be idempotent.',
    messages: {
      notIdempotent: 'Consumer group "{group}" is not idempotent but reads "{channel}" on an {delivery} flow, where {cause}: such messages are processed twice.',
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.idempotent) continue;
      const requirements = requirementsAt(design, group.id);
      if (!atLeastOnce(requirements)) continue;
      for (const channel of consumedChannels(design, group.id)) {
        const cause = redeliveryCause(channel, group);
        if (!cause) continue;
        report({
          target: { type: 'node', id: group.id },
          messageId: 'notIdempotent',
          data: { group: group.name, channel: channel.name, delivery: requirements.delivery, cause },
          fix: idempotenceFix(group, channel),
        });
        break;
      }
    }
  },
});
