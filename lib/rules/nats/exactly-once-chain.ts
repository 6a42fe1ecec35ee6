import { durationToMs, indexGraph, nodesOfKind, patchNode, updateNode } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import { consumersOf } from '../flow';
import { producerRequirements } from '../needs';
import { defineRule } from '../rule';
import { consumerRequirements } from './_flows';

export const exactlyOnceChain = defineRule({
  meta: {
    id: 'nats/exactly-once-chain',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: "An exactly-once flow through JetStream needs every link: a Nats-Msg-Id on each publish, a duplicate window that covers the producer's retries, and AckSync on every consumer.",
    messages: {
      noMsgId: 'Producer "{producer}" publishes to stream "{stream}" on an exactly-once flow without a Nats-Msg-Id header: a retried publish is stored twice.',
      shortWindow: 'Stream "{stream}" de-duplicates for {window} but producer "{producer}" retries a publish for up to {horizon}: a retry after the window is stored twice.',
      noAckSync: 'Consumer "{group}" reads stream "{stream}" on an exactly-once flow with plain acks: a lost ack makes the server redeliver a processed message; use AckSync.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const reported = new Set<string>();
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      // Publish half: the producers of exactly-once flows into this stream.
      const producers: ResolvedProducer[] = [];
      for (const c of graph.incoming.get(stream.id) ?? []) {
        const source = c.kind === 'publish' ? graph.nodeById.get(c.from) : undefined;
        if (source?.kind === 'producer' && producerRequirements(design, source).delivery === 'exactly-once') producers.push(source);
      }
      for (const producer of producers) {
        if (producer.nats.msgIdHeader || reported.has(producer.id)) continue;
        reported.add(producer.id);
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'noMsgId',
          data: { producer: producer.name, stream: stream.name },
          fix: { label: 'Set Nats-Msg-Id on every publish', apply: (d) => patchNode(d, producer.id, { nats: { msgIdHeader: true } }) },
        });
      }
      const windowMs = durationToMs(stream.duplicate_window) ?? 0;
      const longest = producers
        .filter((p) => p.retryHorizon !== undefined)
        .reduce<ResolvedProducer | undefined>((a, b) => (a && durationToMs(a.retryHorizon)! >= durationToMs(b.retryHorizon)! ? a : b), undefined);
      if (longest?.retryHorizon !== undefined && durationToMs(longest.retryHorizon)! > windowMs) {
        const horizon = longest.retryHorizon;
        report({
          target: { type: 'node', id: stream.id },
          messageId: 'shortWindow',
          data: { stream: stream.name, window: stream.duplicate_window, producer: longest.name, horizon },
          fix: { label: `Set duplicate_window=${horizon}`, apply: (d) => updateNode(d, stream.id, { duplicate_window: horizon }) },
        });
      }
      // Consume half: every consumer that receives an exactly-once flow.
      for (const group of consumersOf(design, stream.id)) {
        if (group.nats.ackSync || group.nats.ack_policy === 'none' || reported.has(group.id)) continue;
        if (consumerRequirements(design, stream, group)?.delivery !== 'exactly-once') continue;
        reported.add(group.id);
        report({
          target: { type: 'node', id: group.id },
          messageId: 'noAckSync',
          data: { group: group.name, stream: stream.name },
          fix: { label: 'Acknowledge with AckSync', apply: (d) => patchNode(d, group.id, { nats: { ackSync: true } }) },
        });
      }
    }
  },
});
