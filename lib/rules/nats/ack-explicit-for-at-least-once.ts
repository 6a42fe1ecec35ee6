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
    docs: {
      summary: 'A JetStream consumer on an at-least-once or exactly-once flow must not use ack_policy=none.',
      rationale:
        'With AckNone the server treats every delivery as acknowledged: a consumer that crashes mid-message never gets it again. Only AckExplicit (the default) or AckAll let the server redeliver what was not processed.',
      howToFix: 'Set ack_policy=explicit and acknowledge each message after it has been processed.',
      sources: [{ label: 'NATS docs: consumers, AckPolicy', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#ackpolicy' }],
    },
    messages: {
      ackNone:
        'Consumer "{group}" reads stream "{stream}" with ack_policy=none on an {delivery} flow: a message is lost if the consumer fails while processing it.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { ack_policy: 'none' } },
        ],
        connections: [{ id: 'writer--orders', kind: 'publish', from: 'writer', to: 'orders' }, { id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { ack_policy: 'explicit' } },
        ],
        connections: [{ id: 'writer--orders', kind: 'publish', from: 'writer', to: 'orders' }, { id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
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
