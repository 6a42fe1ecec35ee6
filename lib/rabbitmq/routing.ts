import { indexGraph, routingKeysOf, type Connection, type Design, type DesignNode } from '../design';
import { routingMemo } from './routing-inputs';

/**
 * How RabbitMQ routes a message, computed over a design. The rules ask it
 * "where does this publish end up?" and the exporter tests compare it with a
 * real broker, so every function here follows the broker's own code:
 *
 * - topic matching: `rabbit_db_topic_exchange` (keys split on `.`, the empty
 *   key has no words, `*` is exactly one word, `#` zero or more);
 * - headers matching: `rabbit_exchange_type_headers` (`x-match` all / any /
 *   all-with-x / any-with-x);
 * - exchange walk: `rabbit_exchange:route/2` (exchange-to-exchange bindings,
 *   the alternate exchange when an exchange's own bindings match nothing, each
 *   exchange visited once);
 * - dead lettering: `rabbit_dead_letter` (the dead-letter routing key replaces
 *   the message's routing keys; without one the original keys are kept).
 *
 * In the design, a binding is a `bind` connection from an exchange (its
 * `routingKey` is the binding key, its `arguments` the binding arguments), the
 * alternate exchange is an `alternate` connection, and a queue's dead-letter
 * exchange is its `dead-letter` connection (`routingKey` =
 * `x-dead-letter-routing-key`).
 */

export type HeaderValue = string | number | boolean;
export type Headers = Readonly<Record<string, HeaderValue>>;

/** The words of a topic routing or binding key. The empty key has none; `a..b` has an empty middle word. */
export function topicWords(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

/**
 * Whether a topic exchange binding with `bindingKey` matches `routingKey`.
 * `*` matches exactly one word (possibly empty), `#` zero or more words; a
 * `*` or `#` that is not a whole word (`orders*`, `a.#b`) is a literal.
 */
export function topicMatches(bindingKey: string, routingKey: string): boolean {
  const pattern = topicWords(bindingKey);
  const words = topicWords(routingKey);
  const n = words.length;
  // next[j]: does pattern[i + 1..] match words[j..]? Filled from the end, so
  // a key with many `#` stays linear in its length times the routing key's.
  let next: boolean[] = Array.from({ length: n + 1 }, (_, j) => j === n);
  for (let i = pattern.length - 1; i >= 0; i--) {
    const word = pattern[i];
    const current: boolean[] = new Array(n + 1).fill(false);
    for (let j = n; j >= 0; j--) {
      if (word === '#') current[j] = next[j] || (j < n && current[j + 1]);
      else if (word === '*') current[j] = j < n && next[j + 1];
      else current[j] = j < n && words[j] === word && next[j + 1];
    }
    next = current;
  }
  return next[0];
}

export const X_MATCH_VALUES = ['all', 'any', 'all-with-x', 'any-with-x'] as const;
export type XMatch = (typeof X_MATCH_VALUES)[number];

/** Whether the broker accepts these binding arguments on a headers exchange (`x-match` absent or one of four strings). */
export function validHeadersBinding(bindingArgs: Headers | undefined): boolean {
  if (!bindingArgs || !Object.hasOwn(bindingArgs, 'x-match')) return true;
  return (X_MATCH_VALUES as readonly unknown[]).includes(bindingArgs['x-match']);
}

/**
 * Whether a headers exchange binding with `bindingArgs` matches a message
 * with `headers`. `x-match` defaults to `all`. The `x-match` argument itself
 * is never compared; other `x-` arguments are compared only with
 * `all-with-x` / `any-with-x`. Values compare by type and value (`1` and
 * `"1"` differ). `all` with nothing to compare matches every message, `any`
 * none. A binding with an invalid `x-match` is refused by the broker, so it
 * matches nothing.
 */
export function headersMatch(bindingArgs: Headers | undefined, headers: Headers | undefined): boolean {
  const args = bindingArgs ?? {};
  const data = headers ?? {};
  if (!validHeadersBinding(args)) return false;
  const mode: XMatch = Object.hasOwn(args, 'x-match') ? (args['x-match'] as XMatch) : 'all';
  const any = mode === 'any' || mode === 'any-with-x';
  const withX = mode === 'all-with-x' || mode === 'any-with-x';
  for (const [key, expected] of Object.entries(args)) {
    if (key === 'x-match' || (!withX && key.startsWith('x-'))) continue;
    const matched = Object.hasOwn(data, key) && data[key] === expected;
    if (any && matched) return true;
    if (!any && !matched) return false;
  }
  return !any;
}

/** Direct exchange: the binding key equals the routing key, byte for byte. */
export function directMatches(bindingKey: string, routingKey: string): boolean {
  return bindingKey === routingKey;
}

/** Fanout exchange: every binding matches, whatever the key. */
export function fanoutMatches(): boolean {
  return true;
}

export type ExchangeType = 'direct' | 'fanout' | 'topic' | 'headers';

/** Whether one binding of an exchange of `type` matches a message with any of `routingKeys` and `headers`. */
export function bindingMatches(type: ExchangeType, binding: Pick<Connection, 'routingKey' | 'routingKeys' | 'arguments'>, routingKeys: readonly string[], headers?: Headers): boolean {
  // A connection with several binding keys is several bindings; none is the empty key.
  const declared = routingKeysOf(binding);
  const bindingKeys = declared.length > 0 ? declared : [''];
  switch (type) {
    case 'fanout':
      return fanoutMatches();
    case 'headers':
      return headersMatch(binding.arguments, headers);
    case 'direct':
      return routingKeys.some((key) => bindingKeys.some((b) => directMatches(b, key)));
    case 'topic':
      return routingKeys.some((key) => bindingKeys.some((b) => topicMatches(b, key)));
  }
}

/** The route a message takes: the queues it reaches and how it got there. */
export interface RouteTrace {
  /** Ids of the queues the message is delivered to (each once, however many bindings matched). */
  queues: Set<string>;
  /** Ids of the exchanges the message passed through, in the order the broker visits them. */
  exchanges: string[];
  /** Ids of the alternate exchanges that were used because an exchange's own bindings matched nothing. */
  alternatesUsed: string[];
}

const tracesOf = routingMemo<Map<string, RouteTrace>>();

/**
 * Follows a message published to `exchangeId` with `routingKey` (or several
 * keys, as with the CC header or dead lettering) and `headers`. Publishing to
 * a queue node means publishing through the default exchange, which delivers
 * to that queue.
 */
export function traceRoute(design: Design, exchangeId: string, routingKey: string | readonly string[], headers?: Headers): RouteTrace {
  const keys = typeof routingKey === 'string' ? [routingKey] : [...routingKey];
  const cacheKey = JSON.stringify([exchangeId, keys, headers ?? null]);
  const cache = tracesOf(design, () => new Map());
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const trace = computeRoute(design, exchangeId, keys, headers);
  cache.set(cacheKey, trace);
  return trace;
}

function computeRoute(design: Design, startId: string, keys: readonly string[], headers: Headers | undefined): RouteTrace {
  const graph = indexGraph(design);
  const trace: RouteTrace = { queues: new Set(), exchanges: [], alternatesUsed: [] };
  const start = graph.nodeById.get(startId);
  if (start?.kind === 'rabbitmq-queue') {
    trace.queues.add(start.id);
    return trace;
  }
  if (start?.kind !== 'rabbitmq-exchange') return trace;
  // Breadth-first like rabbit_exchange:route1; `seen` is the broker's own
  // cycle protection: an exchange is visited at most once per message.
  const seen = new Set<string>([start.id]);
  const work: DesignNode[] = [start];
  for (let i = 0; i < work.length; i++) {
    const exchange = work[i];
    if (exchange.kind !== 'rabbitmq-exchange') continue;
    trace.exchanges.push(exchange.id);
    const destinations: DesignNode[] = [];
    for (const binding of graph.outgoing.get(exchange.id) ?? []) {
      if (binding.kind !== 'bind') continue;
      const destination = graph.nodeById.get(binding.to);
      if (!destination) continue;
      if (bindingMatches(exchange.type, binding, keys, headers)) destinations.push(destination);
    }
    if (destinations.length === 0) {
      // The alternate exchange is consulted only when this exchange's own
      // bindings match nothing, and only if it exists.
      const alternate = (graph.outgoing.get(exchange.id) ?? []).find((c) => c.kind === 'alternate');
      const target = alternate && graph.nodeById.get(alternate.to);
      if (target?.kind === 'rabbitmq-exchange') {
        destinations.push(target);
        trace.alternatesUsed.push(target.id);
      }
    }
    for (const destination of destinations) {
      if (destination.kind === 'rabbitmq-queue') trace.queues.add(destination.id);
      else if (destination.kind === 'rabbitmq-exchange' && !seen.has(destination.id)) {
        seen.add(destination.id);
        work.push(destination);
      }
    }
  }
  return trace;
}

/** The ids of the queues a message published to `exchangeId` reaches. */
export function routeMessage(design: Design, exchangeId: string, routingKey: string | readonly string[], headers?: Headers): Set<string> {
  return traceRoute(design, exchangeId, routingKey, headers).queues;
}

/** A queue's dead-letter exchange as the broker sees it. */
export interface DeadLetterConfig {
  /** The `dead-letter` connection, when the DLX is drawn (the `x-dead-letter-exchange` argument). */
  connection?: Connection;
  /** Id of the exchange node; `undefined` when it is not in the design (or is the default exchange). */
  exchangeId?: string;
  /** The exchange's name as the queue refers to it. */
  exchangeName: string;
  /** `x-dead-letter-routing-key` / `dead-letter-routing-key`, when set. */
  routingKey?: string;
  /** Where it is configured. */
  source: 'connection' | 'policy';
}

const exchangesByName = routingMemo<Map<string, string>>();

/** The exchange node with `name` in `vhost`, if the design declares one. */
export function exchangeByName(design: Design, vhost: string, name: string): string | undefined {
  const index = exchangesByName(design, () => {
    const byName = new Map<string, string>();
    for (const node of indexGraph(design).byKind.get('rabbitmq-exchange') ?? []) {
      if (node.kind === 'rabbitmq-exchange') byName.set(`${node.vhost}\u0000${node.name}`, node.id);
    }
    return byName;
  });
  return index.get(`${vhost}\u0000${name}`);
}

/**
 * The queue's dead-letter exchange: its `dead-letter` connection (a queue
 * argument, which wins over a policy), else the `dead-letter-exchange` key of
 * the policy applied to it. `undefined` when it has none.
 */
export function deadLetterConfig(design: Design, queueId: string): DeadLetterConfig | undefined {
  const graph = indexGraph(design);
  const queue = graph.nodeById.get(queueId);
  if (queue?.kind !== 'rabbitmq-queue') return undefined;
  const connection = (graph.outgoing.get(queueId) ?? []).find((c) => c.kind === 'dead-letter');
  const policyRoutingKey = queue.policy?.['dead-letter-routing-key'];
  if (connection) {
    const target = graph.nodeById.get(connection.to);
    return {
      connection,
      exchangeId: target?.kind === 'rabbitmq-exchange' ? target.id : undefined,
      exchangeName: target?.name ?? connection.to,
      routingKey: connection.routingKey ?? (typeof policyRoutingKey === 'string' ? policyRoutingKey : undefined),
      source: 'connection',
    };
  }
  const name = queue.policy?.['dead-letter-exchange'];
  if (typeof name !== 'string') return undefined;
  return {
    exchangeId: name === '' ? undefined : exchangeByName(design, queue.vhost, name),
    exchangeName: name,
    routingKey: typeof policyRoutingKey === 'string' ? policyRoutingKey : undefined,
    source: 'policy',
  };
}

const queuesByName = routingMemo<Map<string, string>>();

function queueByName(design: Design, vhost: string, name: string): string | undefined {
  const index = queuesByName(design, () => {
    const byName = new Map<string, string>();
    for (const node of indexGraph(design).byKind.get('rabbitmq-queue') ?? []) {
      if (node.kind === 'rabbitmq-queue') byName.set(`${node.vhost}\u0000${node.name}`, node.id);
    }
    return byName;
  });
  return index.get(`${vhost}\u0000${name}`);
}

/** The routing keys a dead-lettered message is republished with: the dead-letter routing key, or else all its original keys. */
export function deadLetterRoutingKeys(config: Pick<DeadLetterConfig, 'routingKey'>, originalRoutingKeys: readonly string[]): string[] {
  return config.routingKey !== undefined ? [config.routingKey] : [...originalRoutingKeys];
}

/**
 * The ids of the queues that messages dead-lettered from `queueId` reach,
 * given the routing keys the messages were originally published with (the
 * dead-letter routing key replaces them when set). Empty when the queue has
 * no dead-letter exchange or the dead letters are unroutable (and so lost).
 * A DLX of `""` is the default exchange: it delivers to the queue named by
 * the key.
 */
export function deadLetterTargets(design: Design, queueId: string, originalRoutingKeys: readonly string[], headers?: Headers): Set<string> {
  const config = deadLetterConfig(design, queueId);
  if (!config) return new Set();
  const keys = deadLetterRoutingKeys(config, originalRoutingKeys);
  if (config.exchangeId !== undefined) return routeMessage(design, config.exchangeId, keys, headers);
  if (config.source === 'policy' && config.exchangeName === '') {
    const queue = indexGraph(design).nodeById.get(queueId);
    const vhost = queue?.kind === 'rabbitmq-queue' ? queue.vhost : '/';
    return new Set(keys.map((key) => queueByName(design, vhost, key)).filter((id): id is string => id !== undefined));
  }
  return new Set();
}
