import { removeElements } from '../../design';
import { defineRule } from '../rule';
import { CORE_SOURCES } from './_sources';

export const danglingConnection = defineRule({
  meta: {
    id: 'core/dangling-connection',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'Every connection must start and end at a node of the design.',
      rationale:
        'A connection to a missing node (left by a hand edit, a merge or a partial import) describes a flow that does not exist: exporters cannot write it, and rules that follow the flow cannot see where messages go.',
      howToFix: 'Remove the connection, or add the missing node back with that id.',
      sources: [CORE_SOURCES.asyncapiRuleset],
    },
    messages: {
      missingFrom: 'Connection "{connection}" starts at "{missing}", which is not a node of the design.',
      missingTo: 'Connection "{connection}" ends at "{missing}", which is not a node of the design.',
    },
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
  },
  check({ design, graph, report }) {
    for (const connection of design.connections) {
      const fromMissing = !graph.nodeById.has(connection.from);
      if (!fromMissing && graph.nodeById.has(connection.to)) continue;
      report({
        target: { type: 'connection', id: connection.id },
        messageId: fromMissing ? 'missingFrom' : 'missingTo',
        data: { connection: connection.id, missing: fromMissing ? connection.from : connection.to },
        fix: { label: 'Remove the connection', apply: (d) => removeElements(d, { connections: [connection.id] }) },
      });
    }
  },
});
