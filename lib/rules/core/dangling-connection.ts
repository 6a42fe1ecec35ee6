import { removeElements } from '../../design';
import { defineRule } from '../rule';

export const danglingConnection = defineRule({
  meta: {
    id: 'core/dangling-connection',
    category: 'operability',
    severity: 'error',
    reads: [],
    summary: 'Every connection must start and end at a node of the design.',
    messages: {
      missingFrom: 'Connection "{connection}" starts at "{missing}", which is not a node of the design.',
      missingTo: 'Connection "{connection}" ends at "{missing}", which is not a node of the design.',
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
