import { erlangC } from './queueing-formulas';
import type { Histogram } from './histogram';
import type { Network } from './network';

/**
 * The fluid half of the hybrid engine. A busy part of a design (one connected
 * set of queues, linked by routing, onward publishes and redrive) is moved as
 * amounts per tick instead of message by message: its producers inject
 * rate × tick, each queue is a depth integrator drained at its consumers'
 * service rate (threads / mean service time), and the wait a message meets
 * comes from the queueing state — the backlog ahead of it over the drain
 * rate when there is one, the Allen–Cunneen M/G/c wait (Erlang C scaled by
 * (1 + Cs²)/2) when the queue is stable. Path latencies are recorded as
 * weighted quanta: upstream latency + wait + the consumer's processing time at
 * fixed quantiles (strata below), so p50 and p99 come out at their own
 * quantiles. Nothing here draws a random number: the fluid part is a
 * deterministic function of the design, the scenario's rate factor and time.
 *
 * What a part needs to go fluid (otherwise it stays message by message):
 * no delay queue, no RabbitMQ TTL or drop-head length limit (those
 * dead-letter through the broker's routing per message), no byte limit, no reject-publish-dlx,
 * redelivery timeouts far beyond the processing times (no duplicates), and
 * no failure scenario aimed at its consumers (crash, slow, outage, poison;
 * broker loss and hot keys keep the whole design per message).
 */

/** Quantile strata of processing time: midpoints (as normal z) and weights; p50 and p99 are midpoints of their strata. */
const STRATA_P = [0.025, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9675, 0.99, 0.997, 0.9995];
const STRATA_Z = [-1.959964, -1.281552, -0.841621, -0.524401, -0.253347, 0, 0.253347, 0.524401, 0.841621, 1.281552, 1.845296, 2.326348, 2.747781, 3.290527];
const STRATA_W = [0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.035, 0.01, 0.004, 0.001];
/** z beyond which a processing time counts as never reached (1 in 10⁶): a redelivery timeout past it causes no duplicates. */
const Z_NEVER = 4.753424;

/** What the fluid model writes on the engine's per-station counters (floats while fluid; the report rounds them). */
export interface FluidCounters {
  depth: number;
  peakDepth: number;
  peakAt: number;
  drainedAt: number;
  arrived: number;
  processed: number;
  busyUs: number;
  waitUs: number;
  waits: number;
  lostBy: Record<string, number>;
}

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

export class FluidModel {
  /** Fluid stations in an order where a station's onward publishes mostly come after it (cycles wait a tick). */
  private readonly order: number[];
  /** Per station, per origin emitter: messages arrived since the last tick, and the sum of their latencies so far (µs). */
  private readonly inflow: Float64Array[];
  private readonly inflowLat: Float64Array[];
  /** Per station, per origin emitter: messages waiting, and the sum of their latencies at arrival. */
  private readonly waiting: Float64Array[];
  private readonly waitingLat: Float64Array[];
  /** Per station, per origin emitter: the sums of latency variances (µs²) that come with the latency sums. */
  private readonly inflowVar: Float64Array[];
  private readonly waitingVar: Float64Array[];
  /** Per station: when its cumulative arrivals reached each count, and what has left its head so far. */
  private readonly curves: ArrivalCurve[];
  private readonly cumIn: Float64Array;
  private readonly cumOut: Float64Array;
  /** Per station, the origin emitters that reach it. */
  private readonly origins: number[][];
  private readonly producers: number[];
  /** Per consumer: mean processing time (µs, before slow factors) and the strata's processing times (µs). */
  private readonly meanUs: Float64Array;
  private readonly strataUs: Float64Array[];
  private readonly scv: Float64Array;
  /** Per station: drain rate (messages/µs), the largest squared coefficient of variation of its processing times, and per consumer group its share of the drain. */
  private readonly drainRate: Float64Array;
  private readonly stationScv: Float64Array;
  private readonly groupShare: Float64Array[];
  /** RabbitMQ and SNS traffic that routes nowhere, carried fluid. */
  unroutable = 0;
  published = 0;

  constructor(
    private readonly network: Network,
    readonly plan: FluidPlan,
    exponential: boolean,
  ) {
    const { stations, emitters, consumers } = network;
    this.meanUs = Float64Array.from(consumers, (c) => (c.processing.mu === -Infinity ? 1 : (exponential ? Math.exp(c.processing.mu) / Math.LN2 : Math.exp(c.processing.mu + (c.processing.sigma * c.processing.sigma) / 2)) * 1000));
    this.strataUs = consumers.map((c) =>
      Float64Array.from(STRATA_Z, (z, k) => {
        if (c.processing.mu === -Infinity) return 1;
        const ms = exponential ? (-Math.log(1 - STRATA_P[k]) * Math.exp(c.processing.mu)) / Math.LN2 : Math.exp(c.processing.mu + c.processing.sigma * z);
        return Math.max(1, ms * 1000);
      }),
    );
    this.scv = Float64Array.from(consumers, (c) => (exponential ? 1 : Math.expm1(c.processing.sigma * c.processing.sigma)));
    const n = emitters.length;
    this.inflow = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.inflowLat = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.waiting = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.waitingLat = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.inflowVar = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.waitingVar = stations.map((_, t) => new Float64Array(plan.station[t] ? n : 0));
    this.curves = stations.map(() => new ArrivalCurve());
    this.cumIn = new Float64Array(stations.length);
    this.cumOut = new Float64Array(stations.length);
    this.producers = emitters.flatMap((e, i) => (plan.emitter[i] === 1 && e.ratePerSecond > 0 ? [i] : []));
    // Origins: follow each fluid producer through targets and onward publishes.
    const reach = stations.map(() => new Set<number>());
    for (const o of this.producers) {
      const todo = [...emitters[o].targets];
      while (todo.length > 0) {
        const t = todo.pop()!;
        if (reach[t].has(o)) continue;
        reach[t].add(o);
        for (const g of stations[t].consumers) for (const r of consumers[g].relays) todo.push(...emitters[r].targets);
      }
    }
    this.origins = reach.map((s) => [...s].sort((a, b) => a - b));
    this.order = topologicalOrder(network, plan);
    // Fixed for the run: a slow scenario keeps its group's part per message, so no fluid consumer changes speed.
    this.drainRate = new Float64Array(stations.length);
    this.stationScv = new Float64Array(stations.length);
    this.groupShare = stations.map((spec, t) => {
      for (const g of spec.serverConsumer) {
        this.drainRate[t] += 1 / this.meanUs[g];
        this.stationScv[t] = Math.max(this.stationScv[t], this.scv[g]);
      }
      return Float64Array.from(spec.consumers, (g) => spec.serverConsumer.filter((x) => x === g).length / this.meanUs[g] / this.drainRate[t]);
    });
  }

  /** Moves `dtUs` of traffic ending at `now` through the fluid part. */
  tick(now: number, dtUs: number, rateFactor: number, counters: FluidCounters[], pathOf: (origin: number, station: number) => Histogram): void {
    const { emitters, stations, consumers } = this.network;
    for (const o of this.producers) {
      const n = (emitters[o].ratePerSecond * rateFactor * dtUs) / 1_000_000;
      this.published += n;
      if (emitters[o].targets.length === 0 && (emitters[o].family === 'rabbitmq' || emitters[o].family === 'sns')) this.unroutable += n;
      for (const t of emitters[o].targets) this.inflow[t][o] += n;
    }
    for (const t of this.order) {
      const spec = stations[t];
      const st = counters[t];
      const origins = this.origins[t];
      const inflow = this.inflow[t];
      const inflowLat = this.inflowLat[t];
      const waiting = this.waiting[t];
      const waitingLat = this.waitingLat[t];
      const inflowVar = this.inflowVar[t];
      const waitingVar = this.waitingVar[t];
      const before = st.depth;
      let arrived = 0;
      for (const o of origins) {
        arrived += inflow[o];
        waiting[o] += inflow[o];
        waitingLat[o] += inflowLat[o];
        waitingVar[o] += inflowVar[o];
        inflow[o] = 0;
        inflowLat[o] = 0;
        inflowVar[o] = 0;
      }
      st.arrived += arrived;
      this.cumIn[t] += arrived;
      this.curves[t].add(now, this.cumIn[t]);
      const depth = before + arrived;
      // Drain rate: every thread at its consumer's mean processing time.
      const threads = spec.serverConsumer.length;
      const rate = this.drainRate[t];
      const scv = this.stationScv[t];
      const shares = this.groupShare[t];
      const processed = Math.min(depth, rate * dtUs);
      // FIFO: what leaves now arrived when the cumulative arrivals reached the cumulative departures (its age is its wait);
      // a stable queue has no backlog to age in, and waits what queueing theory says.
      const served = this.cumOut[t] + processed / 2;
      const age = Math.max(0, now - dtUs / 2 - this.curves[t].timeOf(served));
      const stable = stableWait(arrived / dtUs, rate, threads, spec.laned, scv);
      const wait = Math.max(age, stable);
      const waitVar = stable * stable;
      const share = depth > 0 ? processed / depth : 0;
      // Each group's share of the work takes its mean processing time a message: together, threads / drain rate.
      st.busyUs += rate > 0 ? (processed * threads) / rate : 0;
      // Each origin's share of the processed amount, split over the consumers by their drain rates (a group's threads in one go).
      for (const o of origins) {
        const n = waiting[o] * share;
        if (n <= 0) continue;
        const firstHop = waitingLat[o] === 0 && waitingVar[o] === 0;
        const lat = waitingLat[o] / waiting[o] + wait;
        const latVar = waitingVar[o] / waiting[o] + waitVar;
        waitingLat[o] -= waitingLat[o] * share;
        waitingVar[o] -= waitingVar[o] * share;
        waiting[o] -= n;
        for (let i = 0; i < spec.consumers.length; i++) {
          const g = spec.consumers[i];
          const m = n * shares[i];
          if (m <= 0) continue;
          const relays = consumers[g].relays;
          if (relays.length > 0) {
            const out = lat + this.meanUs[g];
            const outVar = latVar + (this.meanUs[g]) ** 2 * this.scv[g];
            for (const r of relays) {
              const targets = emitters[r].targets;
              if (targets.length === 0 && (emitters[r].family === 'rabbitmq' || emitters[r].family === 'sns')) this.unroutable += m;
              for (const u of targets) {
                this.inflow[u][o] += m;
                this.inflowLat[u][o] += m * out;
                this.inflowVar[u][o] += m * outVar;
              }
            }
          } else {
            const h = pathOf(o, t);
            if (firstHop) {
              // One hop: the wait plus this consumer's own processing-time quantiles.
              const strata = this.strataUs[g];
              for (let k = 0; k < strata.length; k++) h.recordWeighted(lat + strata[k], m * STRATA_W[k]);
            } else {
              // Several hops: a lognormal with the path's mean and variance (the hops' sum), at the same quantiles.
              const mean = lat + this.meanUs[g];
              const variance = latVar + (this.meanUs[g]) ** 2 * this.scv[g];
              const sigma2 = Math.log1p(variance / (mean * mean));
              const mu = Math.log(mean) - sigma2 / 2;
              const sigma = Math.sqrt(sigma2);
              for (let k = 0; k < STRATA_Z.length; k++) h.recordWeighted(Math.exp(mu + sigma * STRATA_Z[k]), m * STRATA_W[k]);
            }
          }
        }
      }
      st.processed += processed;
      this.cumOut[t] += processed;
      st.waitUs += wait * processed;
      st.waits += processed;
      let left = depth - processed;
      // Older than the expiry (retention, max_age) when the backlog takes longer than it to drain: the excess expires.
      if (Number.isFinite(spec.expiryUs) && left > rate * spec.expiryUs) left = this.drop(t, st, left, left - rate * spec.expiryUs, spec.family === 'kafka' ? 'deleted by retention' : 'expired');
      if (left > spec.maxLength) left = this.drop(t, st, left, left - spec.maxLength, spec.overflow === 'drop-head' ? 'dropped (queue full)' : 'rejected (queue full)');
      st.depth = left;
      if (left > st.peakDepth) {
        st.peakDepth = left;
        st.peakAt = now;
        st.drainedAt = -1;
      }
    }
  }

  /** Removes `n` of the `depth` waiting at `t`, from every origin in proportion, as lost for `reason`. */
  private drop(t: number, st: FluidCounters, depth: number, n: number, reason: string): number {
    const keep = (depth - n) / depth;
    for (const o of this.origins[t]) {
      this.waiting[t][o] *= keep;
      this.waitingLat[t][o] *= keep;
      this.waitingVar[t][o] *= keep;
    }
    // Counted as leaving the head (expiry and drop-head do; a rejected publish leaves the tail, a small error in the ages).
    this.cumOut[t] += n;
    st.lostBy[reason] = (st.lostBy[reason] ?? 0) + n;
    return depth - n;
  }
}

/** A station's cumulative arrivals over time, one point per tick, linear in between: the FIFO age of the message at any count. */
class ArrivalCurve {
  private times = new Float64Array(64);
  private counts = new Float64Array(64);
  private head = 0;
  /** Points held: the first is (0, 0). */
  private tail = 1;

  add(time: number, cumulative: number): void {
    if (this.tail === this.times.length) {
      // Drop the points already passed, or grow.
      if (this.head > 0) {
        this.times.copyWithin(0, this.head, this.tail);
        this.counts.copyWithin(0, this.head, this.tail);
        this.tail -= this.head;
        this.head = 0;
      }
      if (this.tail === this.times.length) {
        const times = new Float64Array(this.times.length * 2);
        const counts = new Float64Array(this.times.length * 2);
        times.set(this.times);
        counts.set(this.counts);
        this.times = times;
        this.counts = counts;
      }
    }
    this.times[this.tail] = time;
    this.counts[this.tail] = cumulative;
    this.tail++;
  }

  /** When the cumulative arrivals reached `n`; counts only ever grow, so the points before it are passed for good. */
  timeOf(n: number): number {
    const { times, counts } = this;
    while (this.head + 2 < this.tail && counts[this.head + 1] < n) this.head++;
    const h = this.head;
    if (h + 1 >= this.tail) return times[h];
    const a0 = counts[h];
    const a1 = counts[h + 1];
    if (a1 <= a0) return times[h + 1];
    return times[h] + (times[h + 1] - times[h]) * Math.min(1, Math.max(0, (n - a0) / (a1 - a0)));
  }
}

/** The mean wait of a stable queue: Allen–Cunneen for M/G/c (laned: one M/G/1 per thread); 0 when unstable or idle (the backlog term covers it). */
function stableWait(arrivalRate: number, drainRate: number, threads: number, laned: boolean, scv: number): number {
  if (!(arrivalRate > 0) || threads === 0 || arrivalRate >= drainRate) return 0;
  const servers = laned ? 1 : threads;
  const lambda = laned ? arrivalRate / threads : arrivalRate;
  const mu = drainRate / threads;
  return (erlangC(servers, lambda / mu) / (servers * mu - lambda)) * ((1 + scv) / 2);
}

function topologicalOrder(network: Network, plan: FluidPlan): number[] {
  const { stations, emitters, consumers } = network;
  const next = stations.map((s, t) => (plan.station[t] ? [...new Set(s.consumers.flatMap((g) => consumers[g].relays.flatMap((r) => emitters[r].targets)))] : []));
  const incoming = new Int32Array(stations.length);
  for (const list of next) for (const u of list) incoming[u]++;
  const order: number[] = [];
  const seen = new Uint8Array(stations.length);
  const ready = stations.flatMap((_, t) => (plan.station[t] && incoming[t] === 0 ? [t] : []));
  while (order.length < stations.length) {
    while (ready.length > 0) {
      const t = ready.shift()!;
      if (seen[t]) continue;
      seen[t] = 1;
      order.push(t);
      for (const u of next[t]) if (--incoming[u] === 0) ready.push(u);
    }
    // A cycle of onward publishes: take its lowest station; what it publishes back arrives on the next tick.
    const rest = stations.findIndex((_, t) => plan.station[t] === 1 && seen[t] === 0);
    if (rest < 0) break;
    ready.push(rest);
  }
  return order;
}
