import { rateFactorAt } from '../capacity/traffic-curve';
import { ArrivalCurve } from './arrival-curve';
import type { FluidPlan } from './fluid-plan';
import type { Histogram } from './histogram';
import type { Network } from './network';
import { erlangC } from './queueing-formulas';
import { hourOfDay } from './sim-clock';

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
 * Which parts go fluid is fluid-plan.ts's to say.
 */

/** Quantile strata of processing time: midpoints (as normal z) and weights; p50 and p99 are midpoints of their strata. */
const STRATA_P = [0.025, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9675, 0.99, 0.997, 0.9995];
const STRATA_Z = [-1.959964, -1.281552, -0.841621, -0.524401, -0.253347, 0, 0.253347, 0.524401, 0.841621, 1.281552, 1.845296, 2.326348, 2.747781, 3.290527];
const STRATA_W = [0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.035, 0.01, 0.004, 0.001];

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

type PathOf = (origin: number, station: number) => Histogram;

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
    this.meanUs = Float64Array.from(consumers, (c) =>
      c.processing.mu === -Infinity ? 1 : (exponential ? Math.exp(c.processing.mu) / Math.LN2 : Math.exp(c.processing.mu + (c.processing.sigma * c.processing.sigma) / 2)) * 1000,
    );
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
  tick(now: number, dtUs: number, rateFactor: number, counters: FluidCounters[], pathOf: PathOf): void {
    this.inject(now - dtUs / 2, dtUs, rateFactor);
    for (const t of this.order) this.drainStation(t, now, dtUs, counters[t], pathOf);
  }

  /** The fluid producers' messages of the tick, into their targets' inflow (a daily curve at the tick's middle, `midUs`). */
  private inject(midUs: number, dtUs: number, rateFactor: number): void {
    const { emitters } = this.network;
    for (const o of this.producers) {
      const daily = rateFactorAt(emitters[o].dailyAmplitude, emitters[o].peakHour, hourOfDay(midUs));
      const n = (emitters[o].ratePerSecond * rateFactor * daily * dtUs) / 1_000_000;
      this.published += n;
      if (emitters[o].targets.length === 0 && (emitters[o].family === 'rabbitmq' || emitters[o].family === 'sns')) this.unroutable += n;
      for (const t of emitters[o].targets) this.inflow[t][o] += n;
    }
  }

  /** Station `t`'s tick: what arrived joins the queue, its consumers drain their share, the rest waits (or expires). */
  private drainStation(t: number, now: number, dtUs: number, st: FluidCounters, pathOf: PathOf): void {
    const spec = this.network.stations[t];
    const before = st.depth;
    const arrived = this.admitInflow(t);
    st.arrived += arrived;
    this.cumIn[t] += arrived;
    this.curves[t].add(now, this.cumIn[t]);
    const depth = before + arrived;
    // Drain rate: every thread at its consumer's mean processing time.
    const threads = spec.serverConsumer.length;
    const rate = this.drainRate[t];
    const processed = Math.min(depth, rate * dtUs);
    // FIFO: what leaves now arrived when the cumulative arrivals reached the cumulative departures (its age is its wait);
    // a stable queue has no backlog to age in, and waits what queueing theory says.
    const served = this.cumOut[t] + processed / 2;
    const age = Math.max(0, now - dtUs / 2 - this.curves[t].timeOf(served));
    const stable = stableWait(arrived / dtUs, rate, threads, spec.laned, this.stationScv[t]);
    const wait = Math.max(age, stable);
    const share = depth > 0 ? processed / depth : 0;
    // Each group's share of the work takes its mean processing time a message: together, threads / drain rate.
    st.busyUs += rate > 0 ? (processed * threads) / rate : 0;
    for (const o of this.origins[t]) this.serveOrigin(t, o, share, wait, stable * stable, pathOf);
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

  /** Moves station `t`'s inflow (per origin: amounts, latency sums and variances) into its waiting line; the amount arrived. */
  private admitInflow(t: number): number {
    const inflow = this.inflow[t];
    const inflowLat = this.inflowLat[t];
    const inflowVar = this.inflowVar[t];
    const waiting = this.waiting[t];
    const waitingLat = this.waitingLat[t];
    const waitingVar = this.waitingVar[t];
    let arrived = 0;
    for (const o of this.origins[t]) {
      arrived += inflow[o];
      waiting[o] += inflow[o];
      waitingLat[o] += inflowLat[o];
      waitingVar[o] += inflowVar[o];
      inflow[o] = 0;
      inflowLat[o] = 0;
      inflowVar[o] = 0;
    }
    return arrived;
  }

  /** Origin `o`'s `share` of station `t`'s waiting line leaves it, split over the consumers by their drain rates (a group's threads in one go). */
  private serveOrigin(t: number, o: number, share: number, wait: number, waitVar: number, pathOf: PathOf): void {
    const waiting = this.waiting[t];
    const waitingLat = this.waitingLat[t];
    const waitingVar = this.waitingVar[t];
    const n = waiting[o] * share;
    if (n <= 0) return;
    const firstHop = waitingLat[o] === 0 && waitingVar[o] === 0;
    const lat = waitingLat[o] / waiting[o] + wait;
    const latVar = waitingVar[o] / waiting[o] + waitVar;
    waitingLat[o] -= waitingLat[o] * share;
    waitingVar[o] -= waitingVar[o] * share;
    waiting[o] -= n;
    const spec = this.network.stations[t];
    const shares = this.groupShare[t];
    for (let i = 0; i < spec.consumers.length; i++) {
      const g = spec.consumers[i];
      const m = n * shares[i];
      if (m <= 0) continue;
      if (this.network.consumers[g].relays.length > 0) this.forward(g, o, m, lat, latVar);
      else this.recordPath(pathOf(o, t), g, m, lat, latVar, firstHop);
    }
  }

  /** Consumer `g`'s onward publishes of `m` messages from origin `o`, with their latency so far, into the next stations' inflow. */
  private forward(g: number, o: number, m: number, lat: number, latVar: number): void {
    const { emitters } = this.network;
    const out = lat + this.meanUs[g];
    const outVar = latVar + this.meanUs[g] ** 2 * this.scv[g];
    for (const r of this.network.consumers[g].relays) {
      const targets = emitters[r].targets;
      if (targets.length === 0 && (emitters[r].family === 'rabbitmq' || emitters[r].family === 'sns')) this.unroutable += m;
      for (const u of targets) {
        this.inflow[u][o] += m;
        this.inflowLat[u][o] += m * out;
        this.inflowVar[u][o] += m * outVar;
      }
    }
  }

  /** `m` messages end their path at consumer `g`: their latencies, as weighted quanta at the strata. */
  private recordPath(h: Histogram, g: number, m: number, lat: number, latVar: number, firstHop: boolean): void {
    if (firstHop) {
      // One hop: the wait plus this consumer's own processing-time quantiles.
      const strata = this.strataUs[g];
      for (let k = 0; k < strata.length; k++) h.recordWeighted(lat + strata[k], m * STRATA_W[k]);
      return;
    }
    // Several hops: a lognormal with the path's mean and variance (the hops' sum), at the same quantiles.
    const mean = lat + this.meanUs[g];
    const variance = latVar + this.meanUs[g] ** 2 * this.scv[g];
    const sigma2 = Math.log1p(variance / (mean * mean));
    const mu = Math.log(mean) - sigma2 / 2;
    const sigma = Math.sqrt(sigma2);
    for (let k = 0; k < STRATA_Z.length; k++) h.recordWeighted(Math.exp(mu + sigma * STRATA_Z[k]), m * STRATA_W[k]);
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
