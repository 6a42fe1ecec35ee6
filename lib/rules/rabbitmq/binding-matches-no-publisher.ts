import { indexGraph, nearest, nodesOfKind, routingKeysOf, updateConnection, type Connection, type GraphIndex } from '../../design';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import { messagesAt, rabbitPublishConnections, type MessageClass } from '../../rabbitmq/message-flows';
import { bindingMatches, deadLetterConfig, deadLetterRoutingKeys, traceRoute, type Headers } from '../../rabbitmq/routing';
import { defineRule } from '../rule';
import { hasWildcard, topicKeyProblems } from './_binding-keys';

/** The routing keys that reach an exchange, as far as the design says. */
interface Arrivals {
  keys: Set<string>;
  /** A publisher's messages reach it (not only dead letters or republished failures). */
  published: boolean;
  /** Some message may reach it with a key the design does not give: what it receives is unknown. */
  unknown: boolean;
}

const cache = new WeakMap<ResolvedDesign, Map<string, Arrivals>>();

/**
 * The routing keys every exchange sees, following the broker's routing
 * (lib/rabbitmq/routing.ts): each key a service publishes with, through
 * exchange-to-exchange bindings; the keys dead letters are republished with
 * (the dead-letter routing key, or the message's own); the keys a consumer
 * republishes failures with. A publish without a routing key in the design
 * makes every exchange it may reach unknown.
 */
function arrivalsByExchange(design: ResolvedDesign): Map<string, Arrivals> {
  const cached = cache.get(design);
  if (cached) return cached;
  const graph = indexGraph(design);
  const arrivals = new Map<string, Arrivals>();
  const at = (id: string): Arrivals => {
    let a = arrivals.get(id);
    if (!a) arrivals.set(id, (a = { keys: new Set(), published: false, unknown: false }));
    return a;
  };
  const record = (exchangeId: string, keys: readonly string[], headers: Headers | undefined, published: boolean) => {
    for (const id of traceRoute(design, exchangeId, keys, headers).exchanges) {
      const a = at(id);
      for (const key of keys) a.keys.add(key);
      if (published) a.published = true;
    }
  };
  // An unknown key may match any binding: every exchange downstream is unknown too.
  const unknownFrom = (exchangeId: string) => {
    const work = [exchangeId];
    const seen = new Set(work);
    while (work.length > 0) {
      const id = work.pop()!;
      at(id).unknown = true;
      for (const c of graph.outgoing.get(id) ?? []) {
        if ((c.kind !== 'bind' && c.kind !== 'alternate') || seen.has(c.to) || graph.nodeById.get(c.to)?.kind !== 'rabbitmq-exchange') continue;
        seen.add(c.to);
        work.push(c.to);
      }
    }
  };
  const keyless = (message: MessageClass) => {
    const publish = graph.connectionById.get(message.connectionId);
    return publish !== undefined && graph.nodeById.get(publish.to)?.kind === 'rabbitmq-exchange' && routingKeysOf(publish).length === 0;
  };

  for (const publish of rabbitPublishConnections(design)) {
    if (graph.nodeById.get(publish.to)?.kind !== 'rabbitmq-exchange') continue;
    const keys = routingKeysOf(publish);
    if (keys.length === 0) unknownFrom(publish.to);
    for (const key of keys) record(publish.to, [key], publish.arguments, true);
  }

  for (const queue of nodesOfKind(design, 'rabbitmq-queue')) {
    const messages = messagesAt(design, queue.id);
    if (messages.length === 0) continue;
    // Broker dead lettering: republished through the DLX with the dead-letter routing key, or the message's keys.
    const config = queue.type === 'stream' ? undefined : deadLetterConfig(design, queue.id);
    if (config?.exchangeId !== undefined) {
      for (const message of messages) {
        if (config.routingKey === undefined && keyless(message)) unknownFrom(config.exchangeId);
        else record(config.exchangeId, deadLetterRoutingKeys(config, message.routingKeys), message.headers, false);
      }
    }
    // Application dead lettering: a consumer republishes what it failed to process.
    for (const consume of graph.outgoing.get(queue.id) ?? []) {
      if (consume.kind !== 'consume') continue;
      for (const republish of graph.outgoing.get(consume.to) ?? []) {
        if (republish.kind !== 'dead-letter' || graph.nodeById.get(republish.to)?.kind !== 'rabbitmq-exchange') continue;
        for (const message of messages) {
          if (republish.routingKey === undefined && keyless(message)) unknownFrom(republish.to);
          else record(republish.to, republish.routingKey !== undefined ? [republish.routingKey] : message.routingKeys, message.headers, false);
        }
      }
    }
  }
  cache.set(design, arrivals);
  return arrivals;
}

/**
 * Whether a binding key can be judged by what it matches: a wildcard on a
 * direct exchange, or a malformed topic pattern, is another rule's finding
 * (rabbitmq/wildcards-only-on-topic-exchange, rabbitmq/topic-binding-key-syntax).
 */
function judgeable(type: 'direct' | 'topic', key: string): boolean {
  if (type === 'direct') return !hasWildcard(key);
  const problems = topicKeyProblems(key);
  return problems.malformedWords.length === 0 && !problems.emptyWords;
}

/** The bindings of an exchange (its `bind` connections). */
function bindings(graph: GraphIndex<ResolvedNode>, exchangeId: string): Connection[] {
  return (graph.outgoing.get(exchangeId) ?? []).filter((c) => c.kind === 'bind');
}

function quoted(keys: readonly string[], limit = 6): string {
  const shown = keys.slice(0, limit).map((k) => `"${k}"`);
  return keys.length > limit ? `${shown.join(', ')} and ${keys.length - limit} more` : shown.join(', ');
}

/** The binding with its dead keys replaced by the published keys they nearly spell. */
function rebound(binding: Connection, replacements: ReadonlyMap<string, string>): Partial<Connection> {
  const replace = (key: string) => replacements.get(key) ?? key;
  const patch: Partial<Connection> = {};
  if (binding.routingKey !== undefined) patch.routingKey = replace(binding.routingKey);
  if (binding.routingKeys !== undefined) patch.routingKeys = [...new Set(binding.routingKeys.map(replace))];
  return patch;
}

export const bindingMatchesNoPublisher = defineRule({
  meta: {
    id: 'rabbitmq/binding-matches-no-publisher',
    category: 'delivery',
    severity: 'warning',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: 'Every binding key of a direct or topic exchange should match a routing key that reaches the exchange.',
    messages: {
      dead: 'The binding of "{destination}" to "{exchange}" with {keys} matches none of the routing keys that reach "{exchange}" ({published}): "{destination}" receives nothing through it{suggestion}.',
    },
  },
  check({ design, graph, report }) {
    const alternates = new Set(design.connections.filter((c) => c.kind === 'alternate').map((c) => c.to));
    let arrivals: Map<string, Arrivals> | undefined;
    for (const binding of design.connections) {
      if (binding.kind !== 'bind') continue;
      const exchange = graph.nodeById.get(binding.from);
      if (exchange?.kind !== 'rabbitmq-exchange' || (exchange.type !== 'direct' && exchange.type !== 'topic') || alternates.has(exchange.id)) continue;
      const keys = routingKeysOf(binding);
      if (keys.length === 0) continue;
      arrivals ??= arrivalsByExchange(design);
      const reaching = arrivals.get(exchange.id);
      if (!reaching || !reaching.published || reaching.unknown) continue;
      const type = exchange.type;
      const dead = keys.filter((key) => judgeable(type, key) && ![...reaching.keys].some((routingKey) => bindingMatches(type, { routingKey: key }, [routingKey])));
      if (dead.length === 0) continue;
      const published = [...reaching.keys].sort();
      // A misspelling shows as a pair: a binding key nobody publishes, one edit from a published key nothing binds.
      const unbound = published.filter((routingKey) => !bindings(graph, exchange.id).some((b) => bindingMatches(type, b, [routingKey])));
      const replacements = new Map<string, string>();
      for (const key of dead) {
        const near = hasWildcard(key) ? undefined : nearest(key, unbound);
        if (near !== undefined) replacements.set(key, near);
      }
      const destination = graph.nodeById.get(binding.to)?.name ?? binding.to;
      const suggestion = [...replacements].map(([key, near]) => `"${near}" for "${key}"`).join(', ');
      report({
        target: { type: 'connection', id: binding.id },
        messageId: 'dead',
        data: {
          exchange: exchange.name,
          destination,
          keys: dead.length === 1 ? `binding key "${dead[0]}"` : `binding keys ${quoted(dead)}`,
          published: quoted(published),
          suggestion: suggestion === '' ? '' : ` (did you mean ${suggestion}?)`,
        },
        fix:
          replacements.size === dead.length
            ? {
                label: `Bind with ${[...replacements.values()].map((k) => `"${k}"`).join(', ')}`,
                apply: (d) => updateConnection(d, binding.id, rebound(binding, replacements)),
              }
            : undefined,
      });
    }
  },
});
