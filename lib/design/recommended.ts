import type { Broker } from './cluster';
import { kindDefinition } from './kinds';

/**
 * A new node's properties: the kind's recommended settings (and, for a
 * service, those of each broker it talks to) under what the caller gives.
 * Nested settings objects are merged key by key, the caller's values winning,
 * so the studio draws nodes whose settings show as set while a design read
 * from a file keeps only what it says.
 */
export function withRecommended(kind: string, props: Record<string, unknown> = {}, brokers: Iterable<Broker> = []): Record<string, unknown> {
  const definition = kindDefinition(kind);
  if (!definition) return props;
  let out = props;
  const layers = [definition.recommended, ...[...brokers].map((b) => definition.recommendedByBroker?.[b])];
  for (const layer of layers) if (layer) out = under(out, layer as Record<string, unknown>);
  return out;
}

/** `props` with `defaults` filled in where `props` has nothing, one level into nested objects. */
function under(props: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults, ...props };
  for (const [key, value] of Object.entries(defaults)) {
    const given = props[key];
    if (isPlainObject(value) && isPlainObject(given)) out[key] = { ...value, ...given };
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The brokers each node talks to through its connections: the broker of the
 * channel at the other end (a Kafka topic on Redpanda counts as Kafka, whose
 * client settings it takes).
 */
export function brokersOfConnections(nodes: ReadonlyArray<{ id: string; kind: string }>, connections: ReadonlyArray<{ from: string; to: string }>): Map<string, Set<Broker>> {
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const brokers = new Map<string, Set<Broker>>();
  const add = (id: string, otherKind: string | undefined) => {
    const broker = otherKind === undefined ? undefined : kindDefinition(otherKind)?.broker;
    if (!broker) return;
    const set = brokers.get(id) ?? new Set<Broker>();
    set.add(broker);
    brokers.set(id, set);
  };
  for (const c of connections) {
    add(c.from, kindOf.get(c.to));
    add(c.to, kindOf.get(c.from));
  }
  return brokers;
}
