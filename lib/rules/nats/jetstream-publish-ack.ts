import { nodesOfKind, patchNode } from '../../design';
import { targetsOf } from '../flow';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const jetstreamPublishAck = defineRule({
  meta: {
    id: 'nats/jetstream-publish-ack',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A producer on an at-least-once or exactly-once flow must publish to a stream through JetStream and check the ack.',
    messages: {
      corePublish: 'Producer "{producer}" publishes to stream "{stream}" with core NATS (no JetStream ack) on an {delivery} flow: messages the stream did not store are lost without notice.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.nats.jetstreamPublish) continue;
      const stream = targetsOf(design, producer.id, 'publish').find((t) => t.kind === 'nats-stream');
      if (!stream) continue;
      const requirements = requirementsAt(design, producer.id);
      if (!atLeastOnce(requirements)) continue;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'corePublish',
        data: { producer: producer.name, stream: stream.name, delivery: requirements.delivery },
        fix: {
          label: 'Publish through JetStream',
          apply: (d) => patchNode(d, producer.id, { nats: { jetstreamPublish: true } }),
        },
      });
    }
  },
});
