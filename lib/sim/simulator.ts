import type { Design } from '../design';
import { Deque } from './deque';
import { EventQueue } from './event-queue';
import { Histogram } from './histogram';
import { capacityFigures, stationRates } from './capacity';
import { FluidModel, planFluid, type FluidCounters } from './fluid';
import { compileNetwork, type Network, type StationSpec } from './network';
import { Prng } from './prng';
import type { PathReport, SimResult, StationReport } from './report';
import { round } from './round';
import type { ScenarioStep } from './scenario';

/**
 * The discrete-event engine over a compiled design. Time is in integer
 * microseconds (held in doubles, exact to 2^53 µs ≈ 285 years), every random
 * draw comes from one seeded generator in event order, and ties are broken by
 * scheduling order: the same design, scenario, seed and options give the same
 * result byte for byte.
 *
 * A worker drives it in slices (`step(maxEvents)` until it returns true, with
 * `progress`, `live()` and a partial `result()` between slices); `simulate`
 * runs it to the end.
 *
 * The file is long on purpose: every event handler works on the same
 * typed-array state (messages, heap, stations), and the per-event path stays
 * inside one class so that V8 inlines it; the design model (network.ts),
 * scenarios, report types and capacity live in their own files.
 */

export interface SimOptions {
  durationMs: number;
  /** Series sample interval; default: the duration / 120, at least 1 s. */
  sampleMs?: number;
  /** Event budget: the run stops early (and says so) past it; default 200 million. */
  maxEvents?: number;
  /** Messages held at once (waiting, in flight, delayed) before the run stops early and says so; default 8 million (about 300 MB). */
  maxLiveMessages?: number;
  /** Processing-time distribution: lognormal from p50/p99 (default), or exponential with median p50 (for the queueing-theory checks). */
  processing?: 'lognormal' | 'exponential';
  /** Distinct entity keys producers draw from (`entity-id`); default 10,000. */
  keySpace?: number;
  /**
   * Station arrivals the run simulates message by message at most (expected
   * from the declared rates over the duration): connected parts of the design
   * beyond it, busiest first, run as fluid (lib/sim/fluid.ts) when they can.
   * Default 400,000 (the reference scenarios fit); Infinity keeps every message.
   */
  perMessageLimit?: number;
  /** The fluid part's tick; default the run / 1,800, at least 100 ms (2 s for an hour), at most the run. */
  fluidTickMs?: number;
}

const ARRIVE = 0;
const DONE = 1;
const VISIBLE = 2;
const SCENARIO = 3;
const SAMPLE = 4;
const REEMIT = 5;
const REBALANCE = 6;
const EXPIRE = 7;
const FLUID = 8;

const POISON = 1;
/** Assumed replication lag of a follower: what an acks=0/1 leader loss can lose (an estimate, said so in the report). */
const REPLICA_LAG_S = 0.5;

/** A station's engine state; its counters are the ones the fluid model also writes (FluidCounters). */
interface StationState extends FluidCounters {
  spec: StationSpec;
  lanes: Deque[];
  laneServer: number[];
  serverLane: Int32Array;
  serverUp: Uint8Array;
  serverMsg: Int32Array;
  serverDoneAt: Float64Array;
  serverServiceUs: Float64Array;
  idle: number[];
  bytes: number;
  paused: boolean;
  deadLettered: number;
  duplicated: number;
  redelivered: number;
  lastProcessed: number;
  lastBusy: number;
  lastDepth: number;
}

export class Simulation {
  readonly network: Network;
  private readonly queue = new EventQueue(4096);
  private readonly rng: Prng;
  private readonly durationUs: number;
  private readonly sampleUs: number;
  private readonly maxEvents: number;
  private readonly maxLive: number;
  /** Why the run stopped before its end, when it did. */
  private stopReason = '';
  private readonly exponential: boolean;
  private readonly keySpace: number;
  private readonly stations: StationState[];
  private now = 0;
  private events = 0;
  private finished = false;
  // Messages: parallel typed arrays indexed by id, recycled through a free list.
  private mBirth = new Float64Array(1024);
  private mEnq = new Float64Array(1024);
  private mOrigin = new Int32Array(1024);
  private mEmit = new Int32Array(1024);
  private mPart = new Int32Array(1024);
  private mDeliveries = new Int32Array(1024);
  private mTries = new Int32Array(1024);
  private mFlags = new Uint8Array(1024);
  private free: number[] = [];
  private nextId = 0;
  // Scenario state.
  private rateFactor = 1;
  private hotShare = 0;
  private poisonPending = false;
  /** Poison aimed at one consumer group: the next message it starts is poisoned (-1: none pending). */
  private poisonFor = -1;
  private poisonFate = '';
  private readonly slow: Float64Array;
  private readonly outage: Uint8Array;
  private refused: Array<Uint8Array | null>;
  private readonly roundRobin: Int32Array;
  /** Hot emitter fields as typed arrays: the inner loop reads them per message. */
  private readonly emMeanGapUs: Float64Array;
  private readonly emSize: Float64Array;
  private readonly emPartitions: Int32Array;
  /** Per consumer: lognormal μ and σ of its processing time (ms), and the exponential mean with the same median. */
  private readonly cMu: Float64Array;
  private readonly cSigma: Float64Array;
  private readonly cExpMean: Float64Array;
  private lastPathKey = -1;
  private lastPath: Histogram | undefined;
  private published = 0;
  /** RabbitMQ and SNS messages that matched no queue or subscription. */
  private unroutable = 0;
  private refusedByBroker = 0;
  private lostAckedEstimate = 0;
  private readonly paths = new Map<number, Histogram>();
  private saturated: { station: number; at: number } | null = null;
  private readonly outcomes: string[] = [];
  private readonly series: SimResult['series'];
  /** The fluid part of a hybrid run, or null when every message is simulated. */
  private readonly fluid: FluidModel | null = null;
  private readonly fluidTickUs: number = 0;

  constructor(
    design: Design,
    private readonly steps: readonly ScenarioStep[],
    readonly seed: number,
    options: SimOptions,
  ) {
    this.network = compileNetwork(design);
    this.rng = new Prng(seed);
    this.durationUs = Math.round(options.durationMs * 1000);
    this.sampleUs = Math.round((options.sampleMs ?? Math.max(1000, options.durationMs / 120)) * 1000);
    this.maxEvents = options.maxEvents ?? 200_000_000;
    this.maxLive = options.maxLiveMessages ?? 8_000_000;
    this.exponential = options.processing === 'exponential';
    this.keySpace = options.keySpace ?? 10_000;
    const { consumers, emitters } = this.network;
    this.slow = new Float64Array(consumers.length).fill(1);
    this.outage = new Uint8Array(consumers.length);
    this.refused = emitters.map(() => null);
    this.roundRobin = new Int32Array(emitters.length);
    this.emMeanGapUs = Float64Array.from(emitters, (e) => (e.ratePerSecond > 0 ? 1_000_000 / e.ratePerSecond : Infinity));
    this.emSize = Float64Array.from(emitters, (e) => e.sizeBytes);
    this.emPartitions = Int32Array.from(emitters, (e) => e.partitions);
    this.cMu = Float64Array.from(consumers, (c) => c.processing.mu);
    this.cSigma = Float64Array.from(consumers, (c) => c.processing.sigma);
    this.cExpMean = Float64Array.from(consumers, (c) => Math.exp(c.processing.mu) / Math.LN2);
    this.stations = this.network.stations.map((spec) => this.stateOf(spec));
    this.series = { timesMs: [], depth: this.stations.map(() => []), ratePerS: this.stations.map(() => []), utilisation: this.stations.map(() => []) };
    const limit = options.perMessageLimit ?? 400_000;
    if (limit < Infinity && !steps.some((s) => s.name === 'broker-loss' || s.name === 'hot-key')) {
      // Failure scenarios aimed at a group keep its part per message (no target: group 0, as scenario() does).
      const excluded = new Set<number>();
      for (const step of steps) {
        if (step.name !== 'crash' && step.name !== 'slow' && step.name !== 'outage' && step.name !== 'poison') continue;
        if (step.target === undefined) excluded.add(0);
        else consumers.forEach((c, g) => c.id === step.target && excluded.add(g));
        if (step.name === 'poison' && step.target === undefined) consumers.forEach((_, g) => excluded.add(g));
      }
      const plan = planFluid(this.network, stationRates(this.network), options.durationMs / 1000, limit, excluded);
      if (plan.labels.length > 0 || plan.emitter.includes(1)) {
        this.fluid = new FluidModel(this.network, plan, this.exponential);
        this.fluidTickUs = Math.min(this.durationUs, Math.round((options.fluidTickMs ?? Math.max(100, options.durationMs / 1800)) * 1000));
        this.queue.push(this.fluidTickUs, FLUID, this.fluidTickUs, 0);
      }
    }
    for (let e = 0; e < emitters.length; e++) if (emitters[e].ratePerSecond > 0 && !this.fluid?.plan.emitter[e]) this.queue.push(this.interarrival(e), ARRIVE, e, 0);
    steps.forEach((step, i) => {
      this.queue.push(step.startMs * 1000, SCENARIO, i, 0);
      this.queue.push(step.endMs * 1000, SCENARIO, i, 1);
    });
    this.queue.push(this.sampleUs, SAMPLE, 0, 0);
  }

  /** Simulated time reached, 0–1. */
  get progress(): number {
    return Math.min(1, this.now / this.durationUs);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Runs up to `maxEvents` events; true once the run is over. */
  step(maxEvents: number): boolean {
    const q = this.queue;
    let budget = maxEvents;
    while (!this.finished && budget-- > 0) {
      if (q.peekTime() > this.durationUs || this.events >= this.maxEvents || this.stopReason !== '' || !q.pop()) {
        if (q.peekTime() > this.durationUs || q.size === 0) this.now = this.durationUs;
        this.finished = true;
        break;
      }
      this.events++;
      this.now = q.time;
      switch (q.kind) {
        case ARRIVE:
          this.arrive(q.a);
          break;
        case DONE:
          this.complete(q.a, q.b, q.time);
          break;
        case VISIBLE:
          this.enqueue(q.a, q.b, true);
          break;
        case SCENARIO:
          this.scenario(q.a, q.b === 0);
          break;
        case SAMPLE:
          this.sample();
          break;
        case REEMIT:
          this.emit(q.a, q.b);
          break;
        case REBALANCE:
          this.rebalance(q.a);
          break;
        case EXPIRE:
          this.expire(q.a);
          break;
        case FLUID:
          this.fluidTick(q.a);
          break;
      }
    }
    return this.finished;
  }

  private readonly pathOf = (origin: number, t: number): Histogram => {
    const key = origin * this.stations.length + t;
    let h = this.paths.get(key);
    if (!h) this.paths.set(key, (h = new Histogram()));
    return h;
  };

  /** The fluid part moves the `dtUs` ending now; the next tick ends at the next multiple or at the end of the run. */
  private fluidTick(dtUs: number): void {
    this.fluid!.tick(this.now, dtUs, this.rateFactor, this.stations, this.pathOf);
    const next = Math.min(this.durationUs, this.now + this.fluidTickUs);
    if (next > this.now) this.queue.push(next, FLUID, next - this.now, 0);
  }

  /** Live numbers for a canvas between slices: per station (report order) depth and processed so far. */
  live(): Array<{ id: string; depth: number; processed: number }> {
    return this.stations.map((s) => ({ id: s.spec.id, depth: Math.round(s.depth), processed: Math.round(s.processed) }));
  }

  private stateOf(spec: StationSpec): StationState {
    const servers = spec.serverConsumer.length;
    const lanes = spec.laned ? Math.max(1, servers) : 1;
    const state: StationState = {
      spec,
      lanes: Array.from({ length: lanes }, () => new Deque()),
      laneServer: Array.from({ length: lanes }, (_, l) => (l < servers ? l : -1)),
      serverLane: new Int32Array(servers).map((_, s) => (spec.laned ? s : 0)),
      serverUp: new Uint8Array(servers).fill(1),
      serverMsg: new Int32Array(servers).fill(-1),
      serverDoneAt: new Float64Array(servers),
      serverServiceUs: new Float64Array(servers),
      idle: [],
      depth: 0,
      bytes: 0,
      paused: false,
      peakDepth: 0,
      peakAt: 0,
      drainedAt: 0,
      arrived: 0,
      processed: 0,
      busyUs: 0,
      waitUs: 0,
      waits: 0,
      lostBy: {},
      deadLettered: 0,
      duplicated: 0,
      redelivered: 0,
      lastProcessed: 0,
      lastBusy: 0,
      lastDepth: 0,
    };
    // Popped from the end: reversed so thread 0 is taken first.
    if (!spec.laned) for (let s = servers - 1; s >= 0; s--) state.idle.push(s);
    return state;
  }

  private interarrival(e: number): number {
    return this.now + Math.max(1, Math.round(this.rng.exponential(this.emMeanGapUs[e] / this.rateFactor)));
  }

  private alloc(): number {
    const free = this.free.pop();
    if (free !== undefined) return free;
    if (this.nextId === this.mBirth.length) {
      // A design that cannot keep up piles messages up without end: stop before memory runs out, and say where.
      if (this.nextId >= this.maxLive && this.stopReason === '') this.stopReason = this.backlogReport();
      this.growMessages();
    }
    return this.nextId++;
  }

  private copy(m: number): number {
    const c = this.alloc();
    this.mBirth[c] = this.mBirth[m];
    this.mOrigin[c] = this.mOrigin[m];
    this.mEmit[c] = this.mEmit[m];
    this.mPart[c] = this.mPart[m];
    this.mFlags[c] = this.mFlags[m];
    this.mDeliveries[c] = 0;
    this.mTries[c] = 0;
    return c;
  }

  private arrive(e: number): void {
    this.queue.push(this.interarrival(e), ARRIVE, e, 0);
    const spec = this.network.emitters[e];
    const partitions = this.emPartitions[e];
    const m = this.alloc();
    this.mBirth[m] = this.now;
    this.mOrigin[m] = e;
    this.mFlags[m] = 0;
    if (this.poisonPending) {
      this.poisonPending = false;
      this.mFlags[m] = POISON;
    }
    // The key: one entity of many (hot-key: one entity takes a share), random, or none (round robin over partitions).
    let key: number;
    if (spec.keyStrategy === 'none') key = this.roundRobin[e]++ % partitions;
    else if (this.hotShare > 0 && spec.keyStrategy === 'entity-id' && this.rng.next() < this.hotShare) key = 0;
    else key = this.rng.below(this.keySpace);
    this.mPart[m] = spec.constantGroup ? 0 : key % partitions;
    this.published++;
    this.emit(e, m);
  }

  /** Delivers message `m` through emitter `e` to every station it routes to (a copy each), or refuses it. */
  private emit(e: number, m: number): void {
    const spec = this.network.emitters[e];
    this.mEmit[m] = e;
    const refused = this.refused[e];
    if (refused && refused[this.mPart[m] % spec.partitions] === 1) {
      // NotEnoughReplicas / offline partition: the producer retries until delivery.timeout.ms.
      const end = this.brokerLossEnd();
      if (end - this.now <= spec.deliveryTimeoutUs) this.queue.push(end, REEMIT, e, m);
      else {
        this.refusedByBroker++;
        this.release(m);
      }
      return;
    }
    const targets = spec.targets;
    if (targets.length === 0) {
      // Kafka topics and streams keep what nobody reads; RabbitMQ and SNS drop what routes nowhere.
      if (spec.family === 'rabbitmq' || spec.family === 'sns') this.unroutable++;
      this.release(m);
      return;
    }
    for (let i = 0; i < targets.length; i++) this.enqueue(targets[i], i === targets.length - 1 ? m : this.copy(m), false);
  }

  private enqueue(t: number, m: number, redelivery: boolean): void {
    const st = this.stations[t];
    const spec = st.spec;
    if (!redelivery) {
      st.arrived++;
      this.mDeliveries[m] = 0;
      this.mTries[m] = 0;
      if (spec.delayUs > 0) {
        this.mDeliveries[m] = -1;
        this.queue.push(this.now + spec.delayUs, VISIBLE, t, m);
        return;
      }
    } else if (this.mDeliveries[m] < 0) this.mDeliveries[m] = 0;
    if (st.paused) {
      this.lose(st, m, 'broker unavailable');
      return;
    }
    const size = this.emSize[this.mOrigin[m]];
    if (st.depth >= spec.maxLength || st.bytes + size > spec.maxLengthBytes) {
      if (spec.overflow === 'reject-publish') {
        this.lose(st, m, 'rejected (queue full)');
        return;
      }
      if (spec.overflow === 'reject-publish-dlx') {
        this.deadLetter(t, m, 'rejected (queue full)');
        return;
      }
      // drop-head: the oldest waiting message makes room.
      const lane = st.lanes[0].size > 0 ? st.lanes[0] : st.lanes.find((l) => l.size > 0);
      const oldest = lane ? lane.popFront() : -1;
      if (oldest >= 0) {
        st.depth--;
        st.bytes -= this.emSize[this.mOrigin[oldest]];
        if (spec.family === 'rabbitmq') this.deadLetter(t, oldest, 'dropped (queue full)');
        else this.lose(st, oldest, 'dropped (queue full)');
      }
    }
    this.mEnq[m] = this.now;
    const lane = spec.laned ? this.mPart[m] % st.lanes.length : 0;
    st.lanes[lane].pushBack(m);
    // RabbitMQ expires messages at the head of a queue whether or not anyone consumes it (delay queues rely on it).
    if (spec.expiryFromEnqueue && spec.expiryUs < this.durationUs) this.queue.push(this.now + spec.expiryUs + 1, EXPIRE, t, 0);
    st.depth++;
    st.bytes += size;
    if (st.depth > st.peakDepth) {
      st.peakDepth = st.depth;
      st.peakAt = this.now;
      st.drainedAt = -1;
    }
    this.dispatch(t, lane);
  }

  /** Starts waiting messages on free threads of `lane` (shared queues: lane 0, any idle thread). */
  private dispatch(t: number, lane: number): void {
    const st = this.stations[t];
    if (st.paused) return;
    const deque = st.lanes[lane];
    if (st.spec.laned) {
      const s = st.laneServer[lane];
      if (s < 0 || st.serverUp[s] === 0 || st.serverMsg[s] >= 0) return;
      const m = this.take(t, deque);
      if (m >= 0) this.start(t, s, m);
      return;
    }
    while (deque.size > 0 && st.idle.length > 0) {
      const s = st.idle.pop()!;
      if (st.serverUp[s] === 0 || st.serverMsg[s] >= 0) continue;
      const m = this.take(t, deque);
      if (m < 0) {
        st.idle.push(s);
        return;
      }
      this.start(t, s, m);
    }
  }

  /** The next live message of a lane; expired ones are dead-lettered or dropped on the way (as brokers expire at the head). */
  private take(t: number, deque: Deque): number {
    const st = this.stations[t];
    const spec = st.spec;
    while (deque.size > 0) {
      const m = deque.popFront();
      st.depth--;
      st.bytes -= this.emSize[this.mOrigin[m]];
      const age = this.now - (spec.expiryFromEnqueue ? this.mEnq[m] : this.mBirth[m]);
      if (age > spec.expiryUs) {
        if (spec.family === 'rabbitmq') this.deadLetter(t, m, 'expired (TTL)');
        else this.lose(st, m, spec.family === 'kafka' ? 'deleted by retention' : 'expired');
        continue;
      }
      return m;
    }
    return -1;
  }

  /** Dead-letters the expired messages at the head of a TTL queue. */
  private expire(t: number): void {
    const st = this.stations[t];
    const deque = st.lanes[0];
    while (deque.size > 0 && this.now - this.mEnq[deque.peekFront()] > st.spec.expiryUs) {
      const m = deque.popFront();
      st.depth--;
      st.bytes -= this.emSize[this.mOrigin[m]];
      this.deadLetter(t, m, 'expired (TTL)');
    }
  }

  private serviceUs(consumer: number): number {
    const mu = this.cMu[consumer];
    if (mu === -Infinity) return 1;
    const ms = this.exponential ? this.rng.exponential(this.cExpMean[consumer]) : Math.exp(mu + this.cSigma[consumer] * this.rng.normal());
    return Math.max(1, Math.round(ms * 1000 * this.slow[consumer]));
  }

  private start(t: number, s: number, m: number): void {
    const st = this.stations[t];
    const spec = st.spec;
    st.waitUs += this.now - this.mEnq[m];
    st.waits++;
    if (this.poisonFor >= 0 && spec.serverConsumer[s] === this.poisonFor) {
      this.poisonFor = -1;
      this.mFlags[m] |= POISON;
    }
    this.mDeliveries[m]++;
    const service = this.serviceUs(spec.serverConsumer[s]);
    st.serverMsg[s] = m;
    st.serverServiceUs[s] = service;
    st.serverDoneAt[s] = this.now + service;
    this.queue.push(this.now + service, DONE, t, s);
    // Not acked within ack wait / visibility timeout: the broker delivers it again while this thread still works on it.
    if (service > spec.redeliverAfterUs && this.mDeliveries[m] < spec.maxDeliveries) {
      const again = this.copy(m);
      this.mDeliveries[again] = this.mDeliveries[m];
      st.duplicated++;
      this.queue.push(this.now + spec.redeliverAfterUs, VISIBLE, t, again);
    }
  }

  private complete(t: number, s: number, time: number): void {
    const st = this.stations[t];
    const m = st.serverMsg[s];
    if (m < 0 || st.serverDoneAt[s] !== time) return; // a crash took this work away
    st.busyUs += st.serverServiceUs[s];
    const g = st.spec.serverConsumer[s];
    const consumer = this.network.consumers[g];
    if ((this.mFlags[m] & POISON) !== 0 || this.outage[g] === 1) {
      this.fail(t, s, m);
      return;
    }
    st.processed++;
    st.serverMsg[s] = -1;
    if (consumer.relays.length > 0) {
      for (let i = 0; i < consumer.relays.length; i++) this.emit(consumer.relays[i], i === consumer.relays.length - 1 ? m : this.copy(m));
    } else {
      const key = this.mOrigin[m] * this.stations.length + t;
      let h = key === this.lastPathKey ? this.lastPath : this.paths.get(key);
      if (!h) this.paths.set(key, (h = new Histogram()));
      this.lastPathKey = key;
      this.lastPath = h;
      h.record(this.now - this.mBirth[m]);
      this.release(m);
    }
    this.freed(t, s);
  }

  private freed(t: number, s: number): void {
    const st = this.stations[t];
    if (st.spec.laned) this.dispatch(t, st.serverLane[s]);
    else {
      st.idle.push(s);
      this.dispatch(t, 0);
    }
  }

  /** A failed attempt: the consumer's own retries, then the broker's redelivery or dead lettering. */
  private fail(t: number, s: number, m: number): void {
    const st = this.stations[t];
    const spec = st.spec;
    const consumer = this.network.consumers[spec.serverConsumer[s]];
    if (spec.family === 'nats' || spec.family === 'sqs') {
      st.serverMsg[s] = -1;
      if (this.mDeliveries[m] >= spec.maxDeliveries) {
        if (spec.family === 'sqs' && spec.redrive.length > 0) this.moveTo(st, spec.redrive, m, 'redriven');
        else if (spec.family === 'nats' && consumer.deadLetter >= 0) this.deadLetterVia(st, consumer.deadLetter, m, 'max_deliver reached');
        else this.lose(st, m, spec.family === 'nats' ? 'max_deliver reached' : 'failed every receive');
      } else {
        const backoff = spec.redeliveryBackoffUs;
        const d = this.mDeliveries[m];
        const delay = spec.family === 'nats' ? (backoff.length > 0 ? backoff[Math.min(d - 1, backoff.length - 1)] : spec.redeliverAfterUs) : spec.redeliverAfterUs;
        st.redelivered++;
        this.queue.push(this.now + (Number.isFinite(delay) ? delay : 0), VISIBLE, t, m);
      }
      this.freed(t, s);
      return;
    }
    if (this.mTries[m] < consumer.maxRetries) {
      // In-process retry after the consumer's backoff; the thread holds the message meanwhile.
      const backoff = consumer.backoffUs[Math.min(this.mTries[m], consumer.backoffUs.length - 1)];
      this.mTries[m]++;
      const service = this.serviceUs(spec.serverConsumer[s]);
      st.serverServiceUs[s] = service;
      st.serverDoneAt[s] = this.now + backoff + service;
      this.queue.push(st.serverDoneAt[s], DONE, t, s);
      return;
    }
    st.serverMsg[s] = -1;
    if (consumer.deadLetter >= 0) this.deadLetterVia(st, consumer.deadLetter, m, 'retries exhausted');
    // x-delivery-limit counts returns: a message is dead-lettered once returned more than the limit (limit + 1 deliveries).
    else if (spec.family === 'rabbitmq' && consumer.requeueOnError && this.mDeliveries[m] <= spec.deliveryLimit) {
      this.mTries[m] = 0;
      st.redelivered++;
      this.requeueFront(t, m);
    } else if (spec.family === 'rabbitmq') this.deadLetter(t, m, 'rejected after retries');
    else this.lose(st, m, 'skipped after retries');
    this.freed(t, s);
  }

  private requeueFront(t: number, m: number): void {
    const st = this.stations[t];
    const lane = st.spec.laned ? this.mPart[m] % st.lanes.length : 0;
    st.lanes[lane].pushFront(m);
    st.depth++;
    st.bytes += this.emSize[this.mOrigin[m]];
    this.mEnq[m] = this.now;
  }

  /** RabbitMQ dead lettering through the queue's DLX (lib/rabbitmq routing), or a loss when it has none. */
  private deadLetter(t: number, m: number, reason: string): void {
    const st = this.stations[t];
    const targets = this.network.rabbitDeadLetterTargets(t, this.mEmit[m]);
    if (targets.length === 0) {
      this.lose(st, m, reason);
      return;
    }
    this.moveTo(st, targets, m, reason);
  }

  private moveTo(st: StationState, targets: readonly number[], m: number, reason: string): void {
    st.deadLettered++;
    this.fate(m, `dead-lettered (${reason}) from ${st.spec.label}`);
    for (let i = 0; i < targets.length; i++) this.enqueue(targets[i], i === targets.length - 1 ? m : this.copy(m), false);
  }

  private deadLetterVia(st: StationState, emitter: number, m: number, reason: string): void {
    st.deadLettered++;
    this.fate(m, `dead-lettered (${reason}) from ${st.spec.label}`);
    this.emit(emitter, m);
  }

  private lose(st: StationState, m: number, reason: string): void {
    st.lostBy[reason] = (st.lostBy[reason] ?? 0) + 1;
    this.fate(m, `lost (${reason}) at ${st.spec.label}`);
    this.release(m);
  }

  private fate(m: number, what: string): void {
    if ((this.mFlags[m] & POISON) !== 0 && this.poisonFate === '') this.poisonFate = `poison message ${what} at ${round(this.now / 1000, 1)} ms`;
  }

  private release(m: number): void {
    this.free.push(m);
  }

  private scenario(i: number, starting: boolean): void {
    const step = this.steps[i];
    const { consumers } = this.network;
    const targets = step.target !== undefined ? consumers.flatMap((c, g) => (c.id === step.target ? [g] : [])) : consumers.length > 0 ? [0] : [];
    switch (step.name) {
      case 'spike':
        this.rateFactor = starting ? step.factor : 1;
        break;
      case 'hot-key':
        this.hotShare = starting ? step.factor : 0;
        break;
      case 'poison':
        if (starting && step.target !== undefined) this.poisonFor = targets[0] ?? -1;
        else if (starting) this.poisonPending = true;
        break;
      case 'slow':
        for (const g of targets) this.slow[g] = starting ? step.factor : 1;
        break;
      case 'outage':
        for (const g of targets) this.outage[g] = starting ? 1 : 0;
        break;
      case 'crash':
        for (const g of targets) this.crash(g, starting);
        break;
      case 'broker-loss':
        this.brokerLoss(starting);
        break;
      default:
        break;
    }
  }

  /** Instance 0 of consumer `g` goes down (its work in hand redelivered or lost, by its guarantees) or comes back. */
  private crash(g: number, down: boolean): void {
    const consumer = this.network.consumers[g];
    this.stations.forEach((st, t) => {
      const spec = st.spec;
      let touched = false;
      for (let s = 0; s < spec.serverConsumer.length; s++) {
        if (spec.serverConsumer[s] !== g || spec.serverInstance[s] !== 0) continue;
        touched = true;
        st.serverUp[s] = down ? 0 : 1;
        if (!down) {
          if (!spec.laned && st.serverMsg[s] < 0) st.idle.push(s);
          continue;
        }
        const m = st.serverMsg[s];
        if (m < 0) continue;
        st.serverMsg[s] = -1;
        const lostInFlight = spec.family === 'kafka' ? consumer.commitsBeforeProcessing : consumer.autoAck;
        if (lostInFlight) this.lose(st, m, 'in flight on a crashed instance');
        else if ((spec.family === 'nats' || spec.family === 'sqs') && Number.isFinite(spec.redeliverAfterUs)) {
          st.redelivered++;
          this.queue.push(this.now + spec.redeliverAfterUs, VISIBLE, t, m);
        } else {
          st.redelivered++;
          this.requeueFront(t, m);
        }
      }
      if (!touched) return;
      // Kafka reassigns partitions after the session timeout (a join is immediate); SQS FIFO groups move at once.
      if (spec.laned) this.queue.push(this.now + (down && spec.family === 'kafka' ? consumer.sessionTimeoutUs : 0), REBALANCE, t, 0);
      else this.dispatch(t, 0);
    });
  }

  /** Gives each live thread a lane and spreads the waiting messages over them again, in arrival order. */
  private rebalance(t: number): void {
    const st = this.stations[t];
    const up: number[] = [];
    for (let s = 0; s < st.serverUp.length; s++) if (st.serverUp[s] === 1) up.push(s);
    if (up.length === 0) return;
    const waiting: number[] = [];
    for (const lane of st.lanes) lane.drain(waiting);
    waiting.sort((a, b) => this.mEnq[a] - this.mEnq[b]);
    st.lanes = up.map(() => new Deque());
    st.laneServer = up;
    st.serverLane.fill(-1);
    up.forEach((s, l) => (st.serverLane[s] = l));
    for (const m of waiting) st.lanes[this.mPart[m] % up.length].pushBack(m);
    for (let l = 0; l < up.length; l++) this.dispatch(t, l);
  }

  private brokerLossStep = -1;

  private brokerLossEnd(): number {
    return this.steps[this.brokerLossStep].endMs * 1000;
  }

  /** Broker 0 of each cluster is lost: Kafka partitions with a replica there, classic queues and streams it hosts. */
  private brokerLoss(starting: boolean): void {
    this.brokerLossStep = this.steps.findIndex((s) => s.name === 'broker-loss');
    const { emitters } = this.network;
    let refusing = 0;
    let estimate = 0;
    emitters.forEach((e, i) => {
      if (e.family !== 'kafka') return;
      if (!starting) {
        this.refused[i] = null;
        return;
      }
      const flags = new Uint8Array(e.partitions);
      const n = e.clusterNodes;
      for (let p = 0; p < e.partitions; p++) {
        // Replicas of partition p on brokers p, p+1, … (mod n), as Kafka's default assignment roughly does.
        const hasReplica = (n - (p % n)) % n < e.replicationFactor;
        if (!hasReplica) continue;
        const acksAll = e.acks === 'all' || e.acks === '-1';
        if (e.replicationFactor === 1 || (acksAll && e.replicationFactor - 1 < e.minInsyncReplicas)) flags[p] = 1;
        else if (!acksAll && p % n === 0) estimate += (e.ratePerSecond / e.partitions) * REPLICA_LAG_S;
      }
      if (flags.includes(1)) refusing++;
      this.refused[i] = flags;
    });
    if (starting) {
      this.lostAckedEstimate += estimate;
      if (refusing > 0) this.outcomes.push(`broker loss: ${refusing} Kafka publish path(s) refused writes on some partitions (acks=all with replicas − 1 < min.insync.replicas, or one replica)`);
      if (estimate > 0) this.outcomes.push(`broker loss: about ${Math.round(estimate)} acknowledged messages lost with the leader (acks=0/1; estimate assuming ${REPLICA_LAG_S} s follower lag)`);
    }
    // A RabbitMQ queue or JetStream stream is judged as if the lost node held one of its replicas (the worst case):
    // a classic queue or a one-replica stream stops; quorum queues and replicated streams stop only without a majority.
    this.stations.forEach((st, t) => {
      const spec = st.spec;
      if (spec.family !== 'rabbitmq' && spec.family !== 'nats') return;
      const members = spec.family === 'rabbitmq' && spec.queueType === 'classic' ? 1 : spec.replicas;
      if (members - 1 >= Math.floor(members / 2) + 1) return;
      st.paused = starting;
      if (starting) this.outcomes.push(`broker loss: ${spec.label} unavailable (${spec.family === 'rabbitmq' ? `${spec.queueType ?? 'classic'} queue` : 'stream'} with ${members} replica${members === 1 ? '' : 's'})`);
      else if (spec.laned) for (let l = 0; l < st.lanes.length; l++) this.dispatch(t, l);
      else this.dispatch(t, 0);
    });
  }

  private sample(): void {
    const windowS = this.sampleUs / 1_000_000;
    this.series.timesMs.push(round(this.now / 1000, 0));
    this.stations.forEach((st, t) => {
      const threads = st.spec.serverConsumer.length;
      const util = threads > 0 ? (st.busyUs - st.lastBusy) / (threads * this.sampleUs) : 0;
      this.series.depth[t].push(Math.round(st.depth));
      this.series.ratePerS[t].push(round((st.processed - st.lastProcessed) / windowS, 1));
      this.series.utilisation[t].push(round(Math.min(1, util), 3));
      if (!this.saturated && threads > 0 && util >= 0.95 && st.depth > st.lastDepth && st.depth > threads) this.saturated = { station: t, at: this.now };
      if (st.drainedAt < 0 && st.depth <= threads) st.drainedAt = this.now;
      st.lastBusy = st.busyUs;
      st.lastProcessed = st.processed;
      st.lastDepth = st.depth;
    });
    if (this.now + this.sampleUs <= this.durationUs) this.queue.push(this.now + this.sampleUs, SAMPLE, 0, 0);
  }

  /** The result: run `step` until it returns true first. */
  result(): SimResult {
    const durationS = this.durationUs / 1_000_000;
    const { emitters, consumers, notes } = this.network;
    const ms = (us: number) => round(us / 1000, 3);
    const stations: StationReport[] = this.stations.map((st) => {
      const threads = st.spec.serverConsumer.length;
      // Counts are whole message by message; the fluid part's are amounts, rounded here.
      const lost = Math.round(Object.values(st.lostBy).reduce((a, b) => a + b, 0));
      return {
        id: st.spec.id,
        label: st.spec.label,
        family: st.spec.family,
        channel: st.spec.channelId,
        consumers: st.spec.consumers.map((g) => consumers[g].id),
        threads,
        arrived: Math.round(st.arrived),
        processed: Math.round(st.processed),
        utilisation: threads > 0 && this.now > 0 ? round(st.busyUs / (threads * this.now)) : 0,
        meanWaitMs: st.waits > 0 ? ms(st.waitUs / st.waits) : 0,
        peakDepth: Math.round(st.peakDepth),
        peakDepthAtMs: ms(st.peakAt),
        timeToDrainMs: st.peakDepth <= threads ? 0 : st.drainedAt >= 0 ? ms(st.drainedAt - st.peakAt) : null,
        endDepth: Math.round(st.depth),
        lost,
        lostBy: Object.fromEntries(Object.entries(st.lostBy).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, Math.round(v)])),
        deadLettered: st.deadLettered,
        duplicated: st.duplicated,
        redelivered: st.redelivered,
      };
    });
    const paths: PathReport[] = [...this.paths.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, h]) => {
        const e = emitters[Math.floor(key / this.stations.length)];
        const st = this.stations[key % this.stations.length].spec;
        return {
          from: e.fromId,
          to: st.consumers.map((g) => consumers[g].id).join(','),
          label: `${e.label} ⇒ ${st.label}`,
          delivered: Math.round(h.count),
          throughputPerS: round(h.count / durationS, 2),
          latency: { p50Ms: ms(h.quantile(0.5)), p99Ms: ms(h.quantile(0.99)), maxMs: ms(h.max), meanMs: ms(h.mean()) },
        };
      });
    const sum = (f: (s: StationReport) => number) => stations.reduce((a, s) => a + f(s), 0);
    const outcomes = [...this.outcomes];
    if (this.steps.some((s) => s.name === 'poison')) outcomes.push(this.poisonFate || 'poison message: still being redelivered at the end of the run');
    const unroutable = Math.round(this.unroutable + (this.fluid?.unroutable ?? 0));
    if (unroutable > 0) outcomes.push(`${unroutable} RabbitMQ/SNS messages routed to no queue and were dropped`);
    if (this.lostAckedEstimate > 0) outcomes.push(`estimated acknowledged-then-lost Kafka messages: ${Math.round(this.lostAckedEstimate)}`);
    if (this.stopReason !== '') outcomes.push(this.stopReason);
    if (this.events >= this.maxEvents) outcomes.push(`the event budget (${this.maxEvents}) ran out at ${ms(this.now)} ms of simulated time`);
    return {
      report: {
        seed: this.seed,
        durationMs: ms(this.durationUs),
        simulatedMs: ms(this.now),
        scenarios: this.steps.map((s) => `${s.name} ${s.startMs}–${s.endMs} ms${s.factor !== 1 ? ` ×${s.factor}` : ''}${s.target ? ` @${s.target}` : ''}`),
        events: this.events,
        published: Math.round(this.published + (this.fluid?.published ?? 0)),
        totals: {
          processed: sum((s) => s.processed),
          lost: sum((s) => s.lost) + unroutable,
          deadLettered: sum((s) => s.deadLettered),
          duplicated: sum((s) => s.duplicated),
          redelivered: sum((s) => s.redelivered),
          refusedByBroker: this.refusedByBroker,
        },
        paths,
        stations,
        saturatedFirst: this.saturated ? { station: this.stations[this.saturated.station].spec.id, atMs: ms(this.saturated.at) } : null,
        scenarioOutcomes: outcomes,
        capacity: capacityFigures(this.network),
        notModelled: [...notes, ...NOT_MODELLED, ...(this.fluid ? [FLUID_APPROXIMATION] : [])],
        ...(this.fluid ? { fluid: { stations: this.fluid.plan.labels, tickMs: round(this.fluidTickUs / 1000, 3) } } : {}),
      },
      series: this.series,
    };
  }

  private backlogReport(): string {
    const deepest = this.stations.reduce((a, b) => (b.depth > a.depth ? b : a));
    return `the run stopped at ${round(this.now / 1000, 1)} ms: ${this.nextId} messages held at once (limit ${this.maxLive}); the deepest backlog is ${deepest.spec.label} with ${deepest.depth}`;
  }

  private growMessages(): void {
    const n = this.mBirth.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.mBirth = f64(this.mBirth);
    this.mEnq = f64(this.mEnq);
    this.mOrigin = i32(this.mOrigin);
    this.mEmit = i32(this.mEmit);
    this.mPart = i32(this.mPart);
    this.mDeliveries = i32(this.mDeliveries);
    this.mTries = i32(this.mTries);
    const flags = new Uint8Array(n);
    flags.set(this.mFlags);
    this.mFlags = flags;
  }
}

/** Said in a hybrid run's report: what the fluid part approximates. */
export const FLUID_APPROXIMATION =
  'busy parts of the design listed under fluid ran as amounts per tick, not message by message: waits come from the backlog and the Allen–Cunneen M/G/c formula, latency percentiles from processing-time quantiles plus mean upstream latency, keys spread evenly over partitions';

/** Said in every report: what the engine leaves out. */
export const NOT_MODELLED = [
  'network and broker latency (publish to delivery is instant; only queueing and processing take time)',
  'producer batching (linger.ms, batch.size), compression and broker disk or network limits',
  'Kafka auto-commit replays after a crash (records processed since the last commit); rebalances of cooperative assignors',
  'leader election pauses and an acks=0/1 leader loss, which is an estimate',
  'daily traffic curves and bursts other than the spike scenario',
  'SQS FIFO groups are spread over consumer threads by key (a free thread does not take another thread\'s group)',
];
