import { nodesOfKind, updateNode } from '../../design';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { queuesConsumedBy } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const manualAckForAtLeastOnce = defineRule({
  meta: {
    id: 'rabbitmq/manual-ack-for-at-least-once',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A consumer of a RabbitMQ queue on an at-least-once flow must acknowledge manually, after processing.',
      rationale:
        'With automatic acknowledgement the broker considers a message delivered as soon as it is written to the socket. If the consumer crashes, or its connection or channel closes, before it has processed the message, the message is gone. The RabbitMQ documentation says this mode "should be considered unsafe". (Streams always need manual acks; rabbitmq/stream-unsupported-features reports auto-ack on them.)',
      howToFix: 'Consume with manual acknowledgements (autoAck=false) and ack each message after the handler has finished.',
      sources: [RMQ_SOURCES.confirmsAckModes],
    },
    messages: {
      autoAck: 'Consumer group "{group}" consumes "{queue}" with automatic acknowledgements on an {delivery} flow: a message is lost if the consumer fails before processing it.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', ackMode: 'auto' }],
        connections: [{ from: 'writer', to: 'orders', kind: 'publish' }, { from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', ackMode: 'manual' }],
        connections: [{ from: 'writer', to: 'orders', kind: 'publish' }, { from: 'orders', to: 'billing', kind: 'consume' }],
      }),
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.ackMode !== 'auto') continue;
      const queues = queuesConsumedBy(design, group.id).filter((q) => q.type !== 'stream');
      if (queues.length === 0) continue;
      const requirements = requirementsAt(design, group.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'autoAck',
        data: { group: group.name, queue: queues.map((q) => q.name).join('", "'), delivery: requirements.delivery },
        fix: { label: 'Acknowledge manually', apply: (d) => updateNode(d, group.id, { ackMode: 'manual' }) },
      });
    }
  },
});
