import { nodesOfKind, patchNode } from '../../design';
import { targetsOf } from '../flow';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { NATS_SOURCES } from './_sources';

export const jetstreamPublishAck = defineRule({
  meta: {
    id: 'nats/jetstream-publish-ack',
    category: 'delivery',
    severity: 'error',
    docs: {
      summary: 'A producer on an at-least-once or exactly-once flow must publish to a stream through JetStream and check the ack.',
      rationale:
        'A core NATS publish is fire-and-forget (at-most-once): if no server stores the message, for example during a leader election or when the stream is full, the producer never learns it was lost. A JetStream publish waits for the stream to acknowledge that the message was stored, so the producer can retry.',
      howToFix: 'Publish with the JetStream API (js.Publish / js.PublishAsync), check every ack and retry on error.',
      sources: [NATS_SOURCES.streams, NATS_SOURCES.consumers],
    },
    messages: {
      corePublish:
        'Producer "{producer}" publishes to stream "{stream}" with core NATS (no JetStream ack) on an {delivery} flow: messages the stream did not store are lost without notice.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api', nats: { jetstreamPublish: false } },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api', nats: { jetstreamPublish: true } },
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
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
