import type { Connection, ConnectionKind } from './connection';
import type { Design } from './design';
import { indexGraph } from './graph';
import { kindDefinition, type DesignNode } from './kinds';
import { outgoingOf } from './kinds/service-targets';

export type ConnectCheck = { ok: true; kind: ConnectionKind; alternatives: ConnectionKind[] } | { ok: false; reason: string };

const VERBS: Record<ConnectionKind, string> = {
  publish: 'publish to',
  consume: 'deliver to',
  bind: 'bind to',
  alternate: 'use as alternate exchange',
  'dead-letter': 'dead-letter to',
  subscription: 'subscribe',
};

function label(kind: string): string {
  return kindDefinition(kind)?.label ?? kind;
}

function article(text: string): string {
  return /^[aeiou]/i.test(text) ? `an ${text}` : `a ${text}`;
}

/** The connection kinds a node of `fromKind` may start towards a node of `toKind`. */
export function allowedConnectionKinds(fromKind: string, toKind: string): ConnectionKind[] {
  return (Object.entries(outgoingOf(fromKind)) as [ConnectionKind, readonly string[]][]).filter(([, targets]) => targets.includes(toKind)).map(([kind]) => kind);
}

/** Why nothing can go from `from` to `to`, in words a user understands. */
function refusal(from: DesignNode, to: DesignNode): string {
  const fromLabel = label(from.kind);
  if (to.kind === 'producer') return 'Nothing can send to a producer: a producer only publishes. Drag from the producer to a topic, exchange, queue or stream instead.';
  if (from.kind === 'consumer-group' && to.kind === 'consumer-group') {
    return 'Two services talk through a channel: have the first publish to a topic, queue or stream the second consumes.';
  }
  const options = (Object.entries(outgoingOf(from.kind)) as [ConnectionKind, readonly string[]][]).map(([kind, targets]) => `${VERBS[kind]} ${targets.map(label).join(', ')}`).join('; ');
  return `${article(fromLabel)[0].toUpperCase()}${article(fromLabel).slice(1)} cannot connect to ${article(label(to.kind))}. It can ${options}.`;
}

/** Chooses among several allowed kinds the one a user most likely means. */
function preferredKind(kinds: ConnectionKind[], to: DesignNode): ConnectionKind {
  if (kinds.includes('dead-letter') && 'role' in to && to.role === 'dead-letter') return 'dead-letter';
  const order: ConnectionKind[] = ['publish', 'consume', 'bind', 'subscription', 'dead-letter', 'alternate'];
  return order.find((k) => kinds.includes(k)) ?? kinds[0];
}

/**
 * Whether a connection from `fromId` to `toId` makes sense, and which kind it
 * would be. The canvas asks this while the user drags; import validation
 * (`connectionProblem`) asks the same question of connections in a file.
 */
export function checkConnection(design: Design, fromId: string, toId: string, kind?: ConnectionKind): ConnectCheck {
  const graph = indexGraph(design);
  const from = graph.nodeById.get(fromId);
  const to = graph.nodeById.get(toId);
  if (!from) return { ok: false, reason: `There is no node "${fromId}".` };
  if (!to) return { ok: false, reason: `There is no node "${toId}".` };
  if (from.id === to.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  const kinds = allowedConnectionKinds(from.kind, to.kind);
  if (kinds.length === 0) return { ok: false, reason: refusal(from, to) };
  if (kind && !kinds.includes(kind)) {
    return { ok: false, reason: `${article(label(from.kind))} cannot ${VERBS[kind]} ${article(label(to.kind))}; it can ${kinds.map((k) => VERBS[k]).join(' or ')} it.` };
  }
  if ('vhost' in from && 'vhost' in to && from.vhost !== to.vhost) {
    return { ok: false, reason: `"${from.name}" is in vhost "${from.vhost}" and "${to.name}" in "${to.vhost}": RabbitMQ routes only within one vhost.` };
  }
  const chosen = kind ?? preferredKind(kinds, to);
  const existing = (graph.outgoing.get(from.id) ?? []).some((c) => c.to === to.id && c.kind === chosen && chosen !== 'bind');
  if (existing) return { ok: false, reason: `"${from.name}" is already connected to "${to.name}".` };
  return { ok: true, kind: chosen, alternatives: kinds };
}

/** A problem with a connection already in a design (a file, an import); `undefined` when it is fine. */
export function connectionProblem(design: Design, connection: Connection): string | undefined {
  const graph = indexGraph(design);
  const from = graph.nodeById.get(connection.from);
  const to = graph.nodeById.get(connection.to);
  if (!from) return `connection "${connection.id}" starts at "${connection.from}", which is not a node of the design`;
  if (!to) return `connection "${connection.id}" ends at "${connection.to}", which is not a node of the design`;
  const kinds = allowedConnectionKinds(from.kind, to.kind);
  if (!kinds.includes(connection.kind)) {
    return `connection "${connection.id}": ${kinds.length === 0 ? refusal(from, to) : `${article(label(from.kind))} cannot ${VERBS[connection.kind]} ${article(label(to.kind))}`}`;
  }
  return undefined;
}
