import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { declaredLimits } from './_stream-limits';

export const limitsWithInterestOrWorkqueue = defineRule({
  meta: {
    id: 'nats/limits-with-interest-or-workqueue',
    category: 'delivery',
    severity: 'warning',
    reads: ['nats-stream'],
    scope: 'node',
    summary: 'An interest or work-queue stream with size or age limits should use discard=new.',
    messages: {
      discardOld: 'Stream "{stream}" has retention={retention} with {limits} and discard=old: when the limit is reached, messages no consumer has processed yet are deleted.',
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
