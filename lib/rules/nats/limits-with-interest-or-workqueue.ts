import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { declaredLimits } from './_stream-limits';
import { NATS_SOURCES } from './_sources';

export const limitsWithInterestOrWorkqueue = defineRule({
  meta: {
    id: 'nats/limits-with-interest-or-workqueue',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'An interest or work-queue stream with size or age limits should use discard=new.',
      rationale:
        'Limits still apply to interest and work-queue streams. With discard=old (the default) the stream makes room by deleting its oldest messages, which on these streams are the ones no consumer has processed yet: they vanish without an error. With discard=new the stream refuses new publishes instead, and a producer that checks its JetStream acks sees the error and can retry.',
      howToFix: 'Set discard=new (producers must check the publish ack), or raise or remove the limits.',
      sources: [NATS_SOURCES.streams],
    },
    messages: {
      discardOld:
        'Stream "{stream}" has retention={retention} with {limits} and discard=old: when the limit is reached, messages no consumer has processed yet are deleted.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [{ kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', max_msgs: 100_000, discard: 'old' }],
      },
      passing: {
        queuewright: 2,
        nodes: [{ kind: 'nats-stream', id: 'jobs', name: 'JOBS', retention: 'workqueue', max_msgs: 100_000, discard: 'new' }],
      },
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.retention === 'limits' || stream.discard !== 'old') continue;
      const limits = declaredLimits(stream);
      if (limits.length === 0) continue;
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'discardOld',
        data: { stream: stream.name, retention: stream.retention, limits: limits.join(', ') },
        fix: { label: 'Set discard=new', apply: (d) => updateNode(d, stream.id, { discard: 'new' }) },
      });
    }
  },
});
