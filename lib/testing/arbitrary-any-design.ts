import fc from 'fast-check';
import { allowedConnectionKinds, brokerSchema, designFromData, formatDesignErrors, KINDS, type Broker, type Design, type NodeKind } from '../design';
import { kindFields } from './arbitrary-kind-fields';
import { hostileKey, hostileString, maybe, RESERVED_KEYS, scalar } from './arbitrary-primitives';

/**
 * A fast-check arbitrary for any valid design, for property tests (round trips
 * through the design file, exporters and importers). Names, notes, vhosts,
 * routing keys and argument names are drawn from strings that break naive
 * serialisers: YAML's special words and indicators, quotes, line and
 * paragraph separators, lone surrogates, right-to-left marks, prototype
 * names. Every generated design is valid (it went through `designFromData`).
 */

/** Importers of the hostile strings found them here first. */
export { HOSTILE_STRINGS, hostileKey, hostileString } from './arbitrary-primitives';

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/).filter((id) => !RESERVED_KEYS.has(id));

export interface DesignShape {
  /** Node kinds to draw from (all by default). */
  kinds?: readonly NodeKind[];
  /** Brokers for clusters (all by default). */
  brokers?: readonly Broker[];
  maxNodes?: number;
}

const ALL_KINDS = KINDS.map((k) => k.kind) as NodeKind[];
const ALL_BROKERS: Broker[] = [...brokerSchema.options];

/** Any valid design, with hostile names everywhere a name can go. */
export function arbitraryDesign(shape: DesignShape = {}): fc.Arbitrary<Design> {
  const kinds = shape.kinds ?? ALL_KINDS;
  const brokers = shape.brokers ?? ALL_BROKERS;
  const maxNodes = shape.maxNodes ?? 10;
  const clusterArb = fc.record({
    name: hostileString(100),
    broker: fc.constantFrom(...brokers),
    version: maybe(fc.constantFrom('3.10.8', '3.13', '4.1', '3.9.0')),
    environment: fc.constantFrom('production', 'staging', 'development'),
  });
  const nodeArb = fc
    .constantFrom(...kinds)
    .chain((kind) => fc.record({ kind: fc.constant(kind), name: hostileString(120), notes: maybe(hostileString(200)), fields: kindFields(kind), clusterPick: fc.nat() }));
  const connectionArb = fc.record({
    from: fc.nat(),
    to: fc.nat(),
    kindPick: fc.nat(),
    routingKey: maybe(hostileString(255)),
    arguments: maybe(fc.dictionary(hostileKey(100), scalar, { maxKeys: 3 })),
    subject: maybe(hostileString(255)),
    maxReceiveCount: maybe(fc.integer({ min: 1, max: 1000 })),
    notes: maybe(hostileString(100)),
  });
  return fc
    .record({
      name: hostileString(200),
      notes: maybe(hostileString(500)),
      clusters: fc.uniqueArray(fc.tuple(idArb, clusterArb), { maxLength: 3, selector: ([id]) => id }),
      nodes: fc.uniqueArray(fc.tuple(idArb, nodeArb), { maxLength: maxNodes, selector: ([id]) => id }),
      connections: fc.array(connectionArb, { maxLength: maxNodes * 2 }),
      layout: fc.boolean(),
      overrides: fc.dictionary(hostileKey(100), fc.constantFrom('off', 'info', 'warning', 'error'), { maxKeys: 3 }),
      requirements: fc.record({ ordering: fc.constantFrom('none', 'per-key', 'strict'), throughput: fc.integer({ min: 0, max: 1e6 }) }, { requiredKeys: [] }),
    })
    .map((raw) => {
      const clusters = raw.clusters.map(([id, c]) => ({ id, ...c }));
      const nodes = raw.nodes.map(([id, n]) => {
        const hosts = KINDS.find((k) => k.kind === n.kind)!.clusterBrokers as readonly string[];
        const candidates = clusters.filter((c) => hosts.includes(c.broker));
        const cluster = candidates.length > 0 && n.clusterPick % 3 !== 0 ? candidates[n.clusterPick % candidates.length].id : undefined;
        return { ...n.fields, kind: n.kind, id, name: n.name, ...(n.notes !== undefined ? { notes: n.notes } : {}), ...(cluster ? { cluster } : {}) };
      });
      const connections: Array<Record<string, unknown>> = [];
      for (const c of raw.connections) {
        if (nodes.length < 2) break;
        const from = nodes[c.from % nodes.length];
        const to = nodes[c.to % nodes.length];
        const allowed = allowedConnectionKinds(from.kind, to.kind);
        if (from.id === to.id || allowed.length === 0) continue;
        const kind = allowed[c.kindPick % allowed.length];
        const connection: Record<string, unknown> = { id: `c${connections.length}-${from.id}--${to.id}`.slice(0, 200), kind, from: from.id, to: to.id };
        for (const field of ['routingKey', 'arguments', 'subject', 'maxReceiveCount', 'notes'] as const) if (c[field] !== undefined) connection[field] = c[field];
        connections.push(connection);
      }
      const layout = raw.layout ? Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 120 - 40, y: (i % 3) * 80.5 }])) : undefined;
      const input = {
        queuewright: 1,
        name: raw.name,
        ...(raw.notes !== undefined ? { notes: raw.notes } : {}),
        requirements: raw.requirements,
        review: { preset: 'recommended', overrides: raw.overrides },
        clusters,
        nodes,
        connections,
        ...(layout ? { layout } : {}),
      };
      const result = designFromData(input);
      if (!result.ok) throw new Error(`arbitraryDesign made an invalid design:\n${formatDesignErrors(result.errors)}\n${JSON.stringify(input).slice(0, 2000)}`);
      return result.design;
    });
}
