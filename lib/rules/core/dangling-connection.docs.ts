import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/dangling-connection`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A connection to a missing node (left by a hand edit, a merge or a partial import) describes a flow that does not exist: exporters cannot write it, and rules that follow the flow cannot see where messages go.',
  howToFix: 'Remove the connection, or add the missing node back with that id.',
  sources: [CORE_SOURCES.asyncapiRuleset],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [{ kind: 'producer', id: 'orders-api', name: 'orders-api' }],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
