import { peakOverMean, rateFactorAt } from '../capacity/traffic-curve';
import type { Deque } from './deque';
import { EventQueue } from './event-queue';
import { failAttempt, rabbitDeadLetter } from './failure-handling';
import { Histogram } from './histogram';
import { MessagePool } from './message-pool';
import type { Network } from './network';
import { Prng } from './prng';
import { round } from './round';
import { hourOfDay } from './sim-clock';
import { createStationState, type StationState } from './station-state';

/** Event kinds: what an event of the queue (time, kind, a, b) does. */
export const ARRIVE = 0;
export const DONE = 1;
export const VISIBLE = 2;
export const SCENARIO = 3;
export const SAMPLE = 4;
export const REEMIT = 5;
export const REBALANCE = 6;
export const EXPIRE = 7;
export const FLUID = 8;

/** The message flag of the poison scenario's message. */
const POISON = 1;

/** Handles the events that are not per message (scenarios, samples, the fluid part, rebalances): the run around the engine. */
export interface OtherEvents {
  handleOther(kind: number, a: number, b: number): void;
}

/** What the engine needs from the options (the rest belongs to the run around it). */
export interface EngineSettings {
  durationUs: number;
  maxLiveMessages: number;
  exponential: boolean;
  keySpace: number;
}

/**
 * The per-message core of the discrete-event engine: the run's state and the
 * handlers of the events every message goes through (arrival, routing,
 * queueing, dispatch to a thread, completion). Its state is shared, by field,
 * with the modules of lib/sim that act on it less often — failures
 * (failure-handling.ts), scenarios (scenario-effects.ts), samples and the
 * report — and is no API.
 *
 * Why the hot path is methods of one class over typed arrays: V8 inlines
 * them into the event loop, and an event allocates nothing.
 */
export class Engine {
  readonly queue = new EventQueue(4096);
  readonly rng: Prng;
  readonly stations: StationState[];
  readonly msgs = new MessagePool();
  /** Messages live now, the most at once so far, and the next step at which the limit on them is checked. */
  private live = 0;
  private mostLive = 0;
  private nextStep = 1024;
  now = 0;
  /** Why the run stopped before its end, when it did. */
  stopReason = '';
  // Scenario state (scenario-effects.ts sets it).
  rateFactor = 1;
  hotShare = 0;
  poisonPending = false;
  /** Poison aimed at one consumer group: the next message it starts is poisoned (-1: none pending). */
  poisonFor = -1;
  poisonFate = '';
  readonly slow: Float64Array;
  readonly outage: Uint8Array;
  /** Per emitter under broker loss: its partitions that refuse writes (1), or null. */
  readonly refused: Array<Uint8Array | null>;
  /** The end of the broker loss under way (µs), for producers that retry until it. */
  brokerLossEndUs = 0;
  private readonly roundRobin: Int32Array;
  /** Hot emitter fields as typed arrays: the inner loop reads them per message. */
  private readonly emMeanGapUs: Float64Array;
  readonly emSize: Float64Array;
  private readonly emPartitions: Int32Array;
  /** 1 when an emitter's copies can share one record: several targets (at most 256), none delaying delivery. */
  private readonly emShares: Uint8Array;
  private readonly emAmplitude: Float64Array;
  private readonly emPeakHour: Float64Array;
  /** Per consumer: lognormal μ and σ of its processing time (ms), and the exponential mean with the same median. */
  private readonly cMu: Float64Array;
  private readonly cSigma: Float64Array;
  private readonly cExpMean: Float64Array;
  // Counters for the report.
  published = 0;
  /** RabbitMQ and SNS messages that matched no queue or subscription. */
  unroutable = 0;
  refusedByBroker = 0;
  lostAckedEstimate = 0;
  /** Latency per path, keyed origin emitter × station count + station. */
  readonly paths = new Map<number, Histogram>();
  private lastPathKey = -1;
  private lastPath: Histogram | undefined;

  constructor(
    readonly network: Network,
    seed: number,
    readonly settings: EngineSettings,
  ) {
    this.rng = new Prng(seed);
    const { consumers, emitters } = network;
    this.slow = new Float64Array(consumers.length).fill(1);
    this.outage = new Uint8Array(consumers.length);
    this.refused = emitters.map(() => null);
    this.roundRobin = new Int32Array(emitters.length);
    // A daily curve's candidates come at its peak rate (thinned in arrive).
    this.emMeanGapUs = Float64Array.from(emitters, (e) => (e.ratePerSecond > 0 ? 1_000_000 / (e.ratePerSecond * peakOverMean(e.dailyAmplitude)) : Infinity));
    this.emAmplitude = Float64Array.from(emitters, (e) => e.dailyAmplitude);
    this.emPeakHour = Float64Array.from(emitters, (e) => e.peakHour);
    this.emSize = Float64Array.from(emitters, (e) => e.sizeBytes);
    this.emPartitions = Int32Array.from(emitters, (e) => e.partitions);
    this.emShares = Uint8Array.from(emitters, (e) => (e.targets.length > 1 && e.targets.length <= 256 && e.targets.every((t) => network.stations[t].delayUs === 0) ? 1 : 0));
    this.cMu = Float64Array.from(consumers, (c) => c.processing.mu);
    this.cSigma = Float64Array.from(consumers, (c) => c.processing.sigma);
    this.cExpMean = Float64Array.from(consumers, (c) => Math.exp(c.processing.mu) / Math.LN2);
    this.stations = network.stations.map(createStationState);
  }

  /**
   * Handles the event at the top of the queue (read by `queue.peek()`): the
   * per-message kinds here, the others through `other`. The dispatch sits
   * beside the event kinds on purpose: imported, each constant would be a
   * property load per event wherever modules compile to CommonJS.
   */
  handleTop(other: OtherEvents): void {
    const q = this.queue;
    // An arrival stays at the top until it schedules the next one in its place (EventQueue.replaceTop); every other event leaves first.
    if (q.kind === ARRIVE) {
      this.arrive(q.a);
      return;
    }
    q.removeTop();
    switch (q.kind) {
      case DONE:
        this.complete(q.a, q.b, q.time);
        return;
      case VISIBLE:
        this.enqueue(q.a, q.b, true);
        return;
      case REEMIT:
        this.emit(q.a, q.b);
        return;
      case EXPIRE:
        this.expire(q.a);
        return;
      default:
        other.handleOther(q.kind, q.a, q.b);
    }
  }

  /** The histogram of one path (origin emitter to final station), made on first use. */
  readonly pathOf = (origin: number, t: number): Histogram => {
    const key = origin * this.stations.length + t;
    let h = this.paths.get(key);
    if (!h) this.paths.set(key, (h = new Histogram()));
    return h;
  };

  /** When emitter `e`'s next message arrives: a Poisson process at its rate times the scenario's factor. */
  interarrival(e: number): number {
    const gap = this.rateFactor === 1 ? this.emMeanGapUs[e] : this.emMeanGapUs[e] / this.rateFactor;
    return this.now + Math.max(1, Math.round(this.rng.exponential(gap)));
  }

  /**
   * Counts a message into the run's live messages. A design that cannot keep
   * up piles messages up without end: the run stops before memory runs out,
   * and says where, when the most held at once passes a power-of-two step
   * (1,024 × 2^k, where an array that grows by doubling would grow) at or past
   * the limit: where the engine has always stopped, whatever its arrays hold.
   */
  private countLive(): void {
    if (++this.live <= this.mostLive) return;
    this.mostLive = this.live;
    if (this.mostLive <= this.nextStep) return;
    if (this.nextStep >= this.settings.maxLiveMessages && this.stopReason === '') this.stopReason = this.backlogReport(this.nextStep);
    this.nextStep *= 2;
  }

  private alloc(): number {
    this.countLive();
    return this.msgs.alloc();
  }

  /** A message leaves the design (one reference of a shared record). */
  release(m: number): void {
    this.live--;
    if (this.msgs.shares[m] > 0) this.msgs.shares[m]--;
    else this.msgs.release(m);
  }

  /**
   * Message `m` taken from a queue, as a record of its own: a shared record
   * (fan-out) gives this reference a copy, as the copy it stands for would
   * have been made at the fan-out, with the same fields.
   */
  private own(m: number): number {
    const msgs = this.msgs;
    if (msgs.shares[m] === 0) return m;
    msgs.shares[m]--;
    const c = msgs.alloc();
    msgs.birth[c] = msgs.birth[m];
    msgs.enq[c] = msgs.enq[m];
    msgs.origin[c] = msgs.origin[m];
    msgs.emit[c] = msgs.emit[m];
    msgs.part[c] = msgs.part[m];
    msgs.deliveries[c] = msgs.deliveries[m];
    msgs.tries[c] = msgs.tries[m];
    msgs.flags[c] = msgs.flags[m];
    return c;
  }

  /** A new message with `m`'s publish, origin, route, key and flags, delivered nowhere yet. */
  copy(m: number): number {
    const c = this.alloc();
    const msgs = this.msgs;
    msgs.birth[c] = msgs.birth[m];
    msgs.origin[c] = msgs.origin[m];
    msgs.emit[c] = msgs.emit[m];
    msgs.part[c] = msgs.part[m];
    msgs.flags[c] = msgs.flags[m];
    msgs.deliveries[c] = 0;
    msgs.tries[c] = 0;
    return c;
  }

  /** Emitter `e`'s message arrives; the arrival event is still the queue's top, and its successor replaces it. */
  arrive(e: number): void {
    this.queue.replaceTop(this.interarrival(e), ARRIVE, e, 0);
    // A daily curve: candidates at the peak rate, each kept with probability rate now / peak rate (thinning, Lewis & Shedler 1979).
    const amplitude = this.emAmplitude[e];
    if (amplitude > 0 && this.rng.next() * peakOverMean(amplitude) >= rateFactorAt(amplitude, this.emPeakHour[e], hourOfDay(this.now))) return;
    const spec = this.network.emitters[e];
    const partitions = this.emPartitions[e];
    const m = this.alloc();
    const msgs = this.msgs;
    msgs.birth[m] = this.now;
    msgs.origin[m] = e;
    msgs.flags[m] = 0;
    if (this.poisonPending) {
      this.poisonPending = false;
      msgs.flags[m] = POISON;
    }
    // The key: one entity of many (hot-key: one entity takes a share), random, or none (round robin over partitions).
    let key: number;
    if (spec.keyStrategy === 'none') key = this.roundRobin[e]++ % partitions;
    else if (this.hotShare > 0 && spec.keyStrategy === 'entity-id' && this.rng.next() < this.hotShare) key = 0;
    else key = this.rng.below(this.settings.keySpace);
    msgs.part[m] = spec.constantGroup ? 0 : key % partitions;
    this.published++;
    this.emit(e, m);
  }

  /** Delivers message `m` through emitter `e` to every station it routes to (a copy each), or refuses it. */
  emit(e: number, m: number): void {
    const spec = this.network.emitters[e];
    this.msgs.emit[m] = e;
    const refused = this.refused[e];
    if (refused && refused[this.msgs.part[m] % spec.partitions] === 1) {
      // NotEnoughReplicas / offline partition: the producer retries until delivery.timeout.ms.
      const end = this.brokerLossEndUs;
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
    if (this.emShares[e] === 1) {
      // The copies would all be the same (same instant, no delay): one record, shared until each is taken (own).
      this.msgs.shares[m] = targets.length - 1;
      for (let i = 0; i < targets.length; i++) {
        if (i < targets.length - 1) this.countLive();
        this.enqueue(targets[i], m, false);
      }
      return;
    }
    for (let i = 0; i < targets.length; i++) this.enqueue(targets[i], i === targets.length - 1 ? m : this.copy(m), false);
  }

  /** Message `m` joins station `t`'s queue (a redelivery keeps its delivery count), unless it is delayed, refused or full. */
  enqueue(t: number, m: number, redelivery: boolean): void {
    const st = this.stations[t];
    const spec = st.spec;
    const msgs = this.msgs;
    if (!redelivery) {
      st.arrived++;
      msgs.deliveries[m] = 0;
      msgs.tries[m] = 0;
      if (spec.delayUs > 0) {
        msgs.deliveries[m] = -1;
        this.queue.push(this.now + spec.delayUs, VISIBLE, t, m);
        return;
      }
    } else if (msgs.deliveries[m] < 0) msgs.deliveries[m] = 0;
    if (st.paused) {
      this.lose(st, m, 'broker unavailable');
      return;
    }
    const size = st.countsBytes ? this.emSize[msgs.origin[m]] : 0;
    if (st.depth >= spec.maxLength || st.bytes + size > spec.maxLengthBytes) {
      if (!this.makeRoom(t, m)) return;
    }
    msgs.enq[m] = this.now;
    const lane = spec.laned ? msgs.part[m] % st.lanes.length : 0;
    st.lanes[lane].pushBack(m);
    // RabbitMQ expires messages at the head of a queue whether or not anyone consumes it (delay queues rely on it).
    if (spec.expiryFromEnqueue && spec.expiryUs < this.settings.durationUs) this.queue.push(this.now + spec.expiryUs + 1, EXPIRE, t, 0);
    st.depth++;
    st.bytes += size;
    if (st.depth > st.peakDepth) {
      st.peakDepth = st.depth;
      st.peakAt = this.now;
      st.drainedAt = -1;
    }
    this.dispatch(t, lane);
  }

  /** A full queue meets `m` by its overflow setting: false when `m` is refused, true when the oldest made room. */
  private makeRoom(t: number, m: number): boolean {
    const st = this.stations[t];
    const spec = st.spec;
    if (spec.overflow === 'reject-publish') {
      this.lose(st, m, 'rejected (queue full)');
      return false;
    }
    if (spec.overflow === 'reject-publish-dlx') {
      rabbitDeadLetter(this, t, m, 'rejected (queue full)');
      return false;
    }
    // drop-head: the oldest waiting message makes room.
    const lane = st.lanes[0].size > 0 ? st.lanes[0] : st.lanes.find((l) => l.size > 0);
    const oldest = lane ? lane.popFront() : -1;
    if (oldest >= 0) {
      st.depth--;
      if (st.countsBytes) st.bytes -= this.emSize[this.msgs.origin[oldest]];
      if (spec.family === 'rabbitmq') rabbitDeadLetter(this, t, this.own(oldest), 'dropped (queue full)');
      else this.lose(st, oldest, 'dropped (queue full)');
    }
    return true;
  }

  /** Starts waiting messages on free threads of `lane` (shared queues: lane 0, any idle thread). */
  dispatch(t: number, lane: number): void {
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
    const msgs = this.msgs;
    while (deque.size > 0) {
      const m = deque.popFront();
      st.depth--;
      if (st.countsBytes) st.bytes -= this.emSize[msgs.origin[m]];
      // Without an expiry nothing is too old: the message's times are not read (it has waited long, out of cache).
      if (spec.expiryUs < Infinity && this.now - (spec.expiryFromEnqueue ? msgs.enq[m] : msgs.birth[m]) > spec.expiryUs) {
        if (spec.family === 'rabbitmq') rabbitDeadLetter(this, t, this.own(m), 'expired (TTL)');
        else this.lose(st, m, spec.family === 'kafka' ? 'deleted by retention' : 'expired');
        continue;
      }
      return this.own(m);
    }
    return -1;
  }

  /** Dead-letters the expired messages at the head of a TTL queue. */
  expire(t: number): void {
    const st = this.stations[t];
    const deque = st.lanes[0];
    while (deque.size > 0 && this.now - this.msgs.enq[deque.peekFront()] > st.spec.expiryUs) {
      const m = deque.popFront();
      st.depth--;
      if (st.countsBytes) st.bytes -= this.emSize[this.msgs.origin[m]];
      rabbitDeadLetter(this, t, this.own(m), 'expired (TTL)');
    }
  }

  /** A processing time for consumer `g` (µs, at least 1), slowed by the scenario. */
  serviceUs(consumer: number): number {
    const mu = this.cMu[consumer];
    if (mu === -Infinity) return 1;
    const ms = this.settings.exponential ? this.rng.exponential(this.cExpMean[consumer]) : Math.exp(mu + this.cSigma[consumer] * this.rng.normal());
    return Math.max(1, Math.round(ms * 1000 * this.slow[consumer]));
  }

  private start(t: number, s: number, m: number): void {
    const st = this.stations[t];
    const spec = st.spec;
    const msgs = this.msgs;
    st.waitUs += this.now - msgs.enq[m];
    st.waits++;
    if (this.poisonFor >= 0 && spec.serverConsumer[s] === this.poisonFor) {
      this.poisonFor = -1;
      msgs.flags[m] |= POISON;
    }
    msgs.deliveries[m]++;
    const service = this.serviceUs(spec.serverConsumer[s]);
    st.serverMsg[s] = m;
    st.serverServiceUs[s] = service;
    st.serverDoneAt[s] = this.now + service;
    this.queue.push(this.now + service, DONE, t, s);
    // Not acked within ack wait / visibility timeout: the broker delivers it again while this thread still works on it.
    if (service > spec.redeliverAfterUs && msgs.deliveries[m] < spec.maxDeliveries) {
      const again = this.copy(m);
      msgs.deliveries[again] = msgs.deliveries[m];
      st.duplicated++;
      this.queue.push(this.now + spec.redeliverAfterUs, VISIBLE, t, again);
    }
  }

  /** Thread `s` of station `t` finishes the work it started (unless a crash took it away). */
  complete(t: number, s: number, time: number): void {
    const st = this.stations[t];
    const m = st.serverMsg[s];
    if (m < 0 || st.serverDoneAt[s] !== time) return; // a crash took this work away
    st.busyUs += st.serverServiceUs[s];
    const g = st.spec.serverConsumer[s];
    const consumer = this.network.consumers[g];
    if ((this.msgs.flags[m] & POISON) !== 0 || this.outage[g] === 1) {
      failAttempt(this, t, s, m);
      return;
    }
    st.processed++;
    st.serverMsg[s] = -1;
    if (consumer.relays.length > 0) {
      for (let i = 0; i < consumer.relays.length; i++) this.emit(consumer.relays[i], i === consumer.relays.length - 1 ? m : this.copy(m));
    } else {
      const key = this.msgs.origin[m] * this.stations.length + t;
      let h = key === this.lastPathKey ? this.lastPath : this.paths.get(key);
      if (!h) this.paths.set(key, (h = new Histogram()));
      this.lastPathKey = key;
      this.lastPath = h;
      h.record(this.now - this.msgs.birth[m]);
      this.release(m);
    }
    this.freed(t, s);
  }

  /** Thread `s` is free again: it takes the next message of its lane. */
  freed(t: number, s: number): void {
    const st = this.stations[t];
    if (st.spec.laned) this.dispatch(t, st.serverLane[s]);
    else {
      st.idle.push(s);
      this.dispatch(t, 0);
    }
  }

  /** Puts `m` back at the head of its lane (a redelivery keeps its place). */
  requeueFront(t: number, m: number): void {
    const st = this.stations[t];
    const lane = st.spec.laned ? this.msgs.part[m] % st.lanes.length : 0;
    st.lanes[lane].pushFront(m);
    st.depth++;
    if (st.countsBytes) st.bytes += this.emSize[this.msgs.origin[m]];
    this.msgs.enq[m] = this.now;
  }

  lose(st: StationState, m: number, reason: string): void {
    st.lostBy[reason] = (st.lostBy[reason] ?? 0) + 1;
    if (this.isPoison(m)) this.fate(`lost (${reason}) at ${st.spec.label}`);
    this.release(m);
  }

  /** Whether `m` is the poison message (its fate is told; the words are built only then). */
  isPoison(m: number): boolean {
    return (this.msgs.flags[m] & POISON) !== 0;
  }

  /** Records what became of the poison message, the first time it meets a fate. */
  fate(what: string): void {
    if (this.poisonFate === '') this.poisonFate = `poison message ${what} at ${round(this.now / 1000, 1)} ms`;
  }

  private backlogReport(held: number): string {
    const deepest = this.stations.reduce((a, b) => (b.depth > a.depth ? b : a));
    return `the run stopped at ${round(this.now / 1000, 1)} ms: ${held} messages held at once (limit ${this.settings.maxLiveMessages}); the deepest backlog is ${deepest.spec.label} with ${deepest.depth}`;
  }
}
