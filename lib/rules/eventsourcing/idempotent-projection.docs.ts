import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';

/** The docs and examples of `eventsourcing/idempotent-projection`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Projections are fed at least once: a subscription resumes from its last checkpoint after a crash, and a broker redelivers what was not acknowledged. A projection that adds every MoneyDeposited to a balance counts a redelivered deposit twice. Applying idempotently — skipping events at or below the version or position already applied, or storing the checkpoint in the same transaction as the read model — makes redelivery harmless.',
  howToFix: 'Store the last applied aggregate version (or stream position) with each read-model row and skip events at or below it; then declare the projection idempotent.',
  sources: [ES_SOURCES.idempotentReceiver, ES_SOURCES.azureCqrs],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'event-store', id: 'accounts', name: 'accounts' },
        { kind: 'projection', id: 'balances', name: 'balances', idempotentApply: false, checkpoint: 'separate' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'accounts', to: 'balances' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'event-store', id: 'accounts', name: 'accounts' },
        { kind: 'projection', id: 'balances', name: 'balances', idempotentApply: true, checkpoint: 'separate' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'accounts', to: 'balances' }],
    },
  },
};
