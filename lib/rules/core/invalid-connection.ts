import { allowedConnectionKinds, connectionProblem, removeElements, routingKeysOf, subjectsOf, type Connection } from '../../design';
import { defineRule } from '../rule';

/**
 * Whether another connection has the same source, kind and target: only then
 * can it repeat this one, and only then is the full key (a JSON string of
 * keys, subjects and arguments) worth building.
 */
function hasTwin(fromSource: readonly Connection[], connection: Connection): boolean {
  return fromSource.some((c) => c !== connection && c.kind === connection.kind && c.to === connection.to);
}

export const invalidConnection = defineRule({
  meta: {
    id: 'core/invalid-connection',
    category: 'operability',
    severity: 'error',
    reads: [],
    summary: 'A connection must be of a kind its two nodes allow, must not loop on one node, and must not repeat another.',
    messages: {
      invalid: 'Connection "{connection}" is not possible: {problem}.',
      selfLoop: 'Connection "{connection}" connects "{node}" to itself, which no broker supports.',
      duplicate: 'Connection "{connection}" repeats connection "{original}" ({kind} from "{from}" to "{to}").',
    },
  },
  check({ design, graph, report }) {
    // The same two keys (from kind, to kind) recur across a design: look each pair up once.
    const allowed = new Map<string, readonly string[]>();
    // Per source node, the (kind, target) pairs seen so far: to spot the same link drawn twice.
    const seen = new Map<string, Map<string, string>>();
    for (const connection of design.connections) {
      const from = graph.nodeById.get(connection.from);
      const to = graph.nodeById.get(connection.to);
      // Missing ends are core/dangling-connection's.
      if (!from || !to) continue;
      const pair = `${from.kind} ${to.kind}`;
      let kinds = allowed.get(pair);
      if (!kinds) allowed.set(pair, (kinds = allowedConnectionKinds(from.kind, to.kind)));
      let messageId: string | undefined;
      let data: Record<string, string> = {};
      if (from.id === to.id) {
        messageId = 'selfLoop';
        data = { node: from.name };
      } else if (!kinds.includes(connection.kind)) {
        // The problem text starts with `connection "<id>": `; the message names the connection already.
        const problem = connectionProblem(design, connection) ?? '';
        messageId = 'invalid';
        data = { problem: problem.replace(/^connection "[^"]*": /, '').replace(/\.$/, '') };
      } else if (hasTwin(graph.outgoing.get(from.id) ?? [], connection)) {
        // A repeat is the same link with the same meaning: one publisher may send with several keys or
        // subjects, and one exchange may bind a queue with several keys, as one connection or as several.
        let links = seen.get(from.id);
        if (!links) seen.set(from.id, (links = new Map()));
        const key = JSON.stringify([connection.kind, to.id, routingKeysOf(connection).sort(), subjectsOf(connection).sort(), connection.arguments ?? null, connection.advisory ?? null]);
        const original = links.get(key);
        if (original === undefined) links.set(key, connection.id);
        else {
          messageId = 'duplicate';
          data = { original, kind: connection.kind, from: from.name, to: to.name };
        }
      }
      if (messageId === undefined) continue;
      report({
        target: { type: 'connection', id: connection.id },
        messageId,
        data: { connection: connection.id, ...data },
        fix: { label: 'Remove the connection', apply: (d) => removeElements(d, { connections: [connection.id] }) },
      });
    }
  },
});
