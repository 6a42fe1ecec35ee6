import type { Network } from './network';

/** z beyond which a processing time counts as never reached (1 in 10⁶): a redelivery timeout past it causes no duplicates. */
const Z_NEVER = 4.753424;

/**
 * Which connected parts of a design the hybrid engine moves as fluid
 * (fluid.ts) rather than message by message, and which parts may.
 *
 * What a part needs to go fluid (otherwise it stays message by message):
 * no delay queue, no RabbitMQ TTL or drop-head length limit (those
 * dead-letter through the broker's routing per message), no byte limit, no reject-publish-dlx,
 * redelivery timeouts far beyond the processing times (no duplicates), and
 * no failure scenario aimed at its consumers (crash, slow, outage, poison;
 * broker loss and hot keys keep the whole design per message).
 */
export interface FluidPlan {
  /** Per station: 1 when the fluid model carries it. */
  station: Uint8Array;
  /** Per emitter: 1 when its traffic is fluid (producers: injected per tick; relays: carried by their station). */
  emitter: Uint8Array;
  /** Station labels of the fluid part, for the report. */
  labels: string[];
}

/**
 * Which parts go fluid: every eligible connected part, busiest last, that does
 * not fit in `perMessageLimit` station arrivals over the run (the per-message
 * engine's budget). Low-rate parts keep message-by-message fidelity.
 */
export function planFluid(network: Network, rates: readonly number[], durationS: number, perMessageLimit: number, excludedConsumers: ReadonlySet<number>): FluidPlan {
  const { stations, emitters, consumers } = network;
  const plan: FluidPlan = { station: new Uint8Array(stations.length), emitter: new Uint8Array(emitters.length), labels: [] };
  if (!(perMessageLimit < Infinity)) return plan;
  const parent = stations.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  for (const e of emitters) for (const t of e.targets) union(t, e.targets[0]);
  stations.forEach((s, t) => {
    for (const g of s.consumers) {
      const c = consumers[g];
      for (const r of [...c.relays, c.deadLetter]) if (r >= 0) for (const u of emitters[r].targets) union(t, u);
    }
    for (const u of s.redrive) union(t, u);
  });
  const parts = new Map<number, { stations: number[]; arrivals: number; eligible: boolean }>();
  stations.forEach((s, t) => {
    const root = find(t);
    const part = parts.get(root) ?? { stations: [], arrivals: 0, eligible: true };
    parts.set(root, part);
    part.stations.push(t);
    part.arrivals += rates[t] * durationS;
    if (!fluidEligible(network, t, excludedConsumers)) part.eligible = false;
  });
  // A producer whose publishes route nowhere is a part of its own (it costs an event per message all the same).
  const idle = emitters.flatMap((e, i) => (e.targets.length === 0 && e.ratePerSecond > 0 ? [i] : []));
  let budget = perMessageLimit;
  // Ineligible parts are per message whatever they cost (not counted: a quiet part never goes fluid because of them);
  // eligible parts stay per message quietest first, while they fit.
  const eligible = [...parts.values()].filter((p) => p.eligible).sort((a, b) => a.arrivals - b.arrivals || a.stations[0] - b.stations[0]);
  for (const part of eligible) {
    if (part.arrivals <= budget) {
      budget -= part.arrivals;
      continue;
    }
    for (const t of part.stations) {
      plan.station[t] = 1;
      plan.labels.push(stations[t].label);
    }
  }
  for (const i of [...idle].sort((x, y) => emitters[x].ratePerSecond - emitters[y].ratePerSecond || x - y)) {
    const arrivals = emitters[i].ratePerSecond * durationS;
    if (arrivals <= budget) budget -= arrivals;
    else plan.emitter[i] = 1;
  }
  emitters.forEach((e, i) => {
    if (e.targets.length > 0 && e.targets.every((t) => plan.station[t] === 1)) plan.emitter[i] = 1;
  });
  return plan;
}

function fluidEligible(network: Network, t: number, excluded: ReadonlySet<number>): boolean {
  const s = network.stations[t];
  if (s.delayUs > 0 || Number.isFinite(s.maxLengthBytes) || s.overflow === 'reject-publish-dlx') return false;
  // RabbitMQ dead-letters what expires or drops off the head (per message, through its routing); a rejected publish is only lost.
  if (s.family === 'rabbitmq' && (Number.isFinite(s.expiryUs) || (Number.isFinite(s.maxLength) && s.overflow !== 'reject-publish'))) return false;
  for (const g of s.consumers) {
    if (excluded.has(g)) return false;
    const p = network.consumers[g].processing;
    if (Number.isFinite(s.redeliverAfterUs) && Math.exp(p.mu + Z_NEVER * p.sigma) * 1000 >= s.redeliverAfterUs) return false;
  }
  return true;
}
