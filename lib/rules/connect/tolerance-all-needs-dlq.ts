import { nodesOfKind, patchNode } from '../../design';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';

export const toleranceAllNeedsDlq = defineRule({
  meta: {
    id: 'connect/tolerance-all-needs-dlq',
    category: 'error-handling',
    severity: 'error',
    reads: ['connect-sink'],
    summary: 'A sink connector with errors.tolerance=all needs a dead-letter queue topic.',
    messages: {
      droppedSilently: 'Sink connector "{connector}" skips records it cannot convert (errors.tolerance=all) and has no dead-letter queue topic: bad records are dropped without trace.',
    },
  },
  check({ design, report }) {
    for (const sink of nodesOfKind(design, 'connect-sink')) {
      if (sink.config['errors.tolerance'] !== 'all') continue;
      if (targetsOf(design, sink.id, 'dead-letter').some((t) => t.kind === 'kafka-topic')) continue;
      report({
        target: { type: 'node', id: sink.id },
        messageId: 'droppedSilently',
        data: { connector: sink.name },
        fix: { label: 'Stop on bad records (errors.tolerance=none)', apply: (d) => patchNode(d, sink.id, { config: { 'errors.tolerance': 'none' } }) },
      });
    }
  },
});
