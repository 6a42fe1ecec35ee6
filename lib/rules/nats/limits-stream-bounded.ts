import { msToDuration, nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { declaredLimits } from './_stream-limits';

/** A week: what most streams keep when the design states no retention. */
const DEFAULT_MAX_AGE = '7d';

export const limitsStreamBounded = defineRule({
  meta: {
    id: 'nats/limits-stream-bounded',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: 'A limits-retention stream should declare max_age, max_bytes or max_msgs.',
    messages: {
      unbounded: 'Stream "{stream}" has retention=limits but no max_age, max_bytes or max_msgs: it grows until server or account storage is exhausted.',
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.retention !== 'limits' || declaredLimits(stream).length > 0) continue;
      const retentionHours = requirementsAt(design, stream.id)?.retentionHours;
      const maxAge = retentionHours ? msToDuration(retentionHours * 3_600_000) : DEFAULT_MAX_AGE;
      report({
        target: { type: 'node', id: stream.id },
        messageId: 'unbounded',
        data: { stream: stream.name },
        fix: { label: `Set max_age=${maxAge}`, apply: (d) => updateNode(d, stream.id, { max_age: maxAge }) },
      });
    }
  },
});
