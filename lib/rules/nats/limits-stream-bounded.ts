import { msToDuration, nodesOfKind, updateNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { declaredLimits } from './_stream-limits';
import { NATS_SOURCES } from './_sources';

/** A week: what most streams keep when the design states no retention. */
const DEFAULT_MAX_AGE = '7d';

export const limitsStreamBounded = defineRule({
  meta: {
    id: 'nats/limits-stream-bounded',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A limits-retention stream should declare max_age, max_bytes or max_msgs.',
      rationale:
        'A stream with retention=limits never deletes a message because it was consumed: only its limits do. Without any, it grows until the account or server storage runs out, and then publishes to every stream of that account or server start failing.',
      howToFix: 'Set max_age to the replay window the flow needs (and/or max_bytes to what the servers can store).',
      sources: [NATS_SOURCES.streams],
    },
    messages: {
      unbounded:
        'Stream "{stream}" has retention=limits but no max_age, max_bytes or max_msgs: it grows until server or account storage is exhausted.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS' }] },
      passing: { queuewright: 2, nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', max_age: '7d' }] },
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
