import { patchNode } from '../../design';
import { atLeastOnce } from '../needs';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';
import { consumerRequirements } from './_flows';

export const ackExplicitForAtLeastOnce = defineRule({
  meta: {
    id: 'nats/ack-explicit-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A JetStream consumer on an at-least-once or exactly-once flow must not use ack_policy=none.',
    messages: {
      ackNone: 'Consumer "{group}" reads stream "{stream}" with ack_policy=none on an {delivery} flow: a message is lost if the consumer fails while processing it.',
    },
  },
  check({ design, report }) {
    for (const { group, streams } of natsConsumerGroups(design)) {
      if (group.nats.ack_policy !== 'none') continue;
      for (const stream of streams) {
        const requirements = consumerRequirements(design, stream, group);
        if (!atLeastOnce(requirements)) continue;
        report({
          target: { type: 'node', id: group.id },
          messageId: 'ackNone',
          data: { group: group.name, stream: stream.name, delivery: requirements.delivery },
          fix: { label: 'Set ack_policy=explicit', apply: (d) => patchNode(d, group.id, { nats: { ack_policy: 'explicit' } }) },
        });
        break;
      }
    }
  },
});
