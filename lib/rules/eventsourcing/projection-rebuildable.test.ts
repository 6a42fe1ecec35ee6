import { testRule } from '../rule-tester';
import { projectionRebuildable } from './projection-rebuildable';

testRule(projectionRebuildable, {
  valid: [
    { name: 'rebuilt from the first event', design: { nodes: [{ kind: 'projection', id: 'balances' }] } },
    { name: 'catches up from a stored position', design: { nodes: [{ kind: 'projection', id: 'balances', rebuild: 'from-position', checkpoint: 'separate' }] } },
  ],
  invalid: [
    {
      name: 'cannot be rebuilt',
      design: { nodes: [{ kind: 'projection', id: 'balances', rebuild: 'none' }] },
      findings: [{ target: 'balances', messageIncludes: 'cannot be rebuilt' }],
      output: { nodes: { balances: { rebuild: 'from-start' } } },
    },
    {
      name: 'catches up from a position it does not store',
      design: { nodes: [{ kind: 'projection', id: 'balances', rebuild: 'from-position', checkpoint: 'none' }] },
      findings: [{ target: 'balances', messageIncludes: 'stores no checkpoint' }],
      output: { nodes: { balances: { checkpoint: 'with-read-model' } } },
    },
  ],
});
