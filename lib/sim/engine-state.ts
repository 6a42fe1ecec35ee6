import { peakOverMean } from '../capacity/traffic-curve';
import { reserveDeques, type Deque } from './deque';
import { EventQueue } from './event-queue';
import { Histogram } from './histogram';
import { kafkaPartitionTable } from './kafka-partitioner';
import { MAX_CONSUMER_RETRIES, MAX_EMITTERS, MessagePool } from './message-pool';
import type { Network } from './network';
import { Prng } from './prng';
import { round } from './round';
import { createStationState, type StationState } from './station-state';

/** The message flag of the poison scenario's message. */
export const POISON = 1;

/** What the engine needs from the options (the rest belongs to the run around it). */
export interface EngineSettings {
  durationUs: number;
  maxLiveMessages: number;
  exponential: boolean;
  keySpace: number;
}

/**
 * What the discrete-event engine holds while it runs: the event queue, the
 * random generator, the stations, the messages (and how many are live, for
 * the run's limit on them), the scenarios' state, per-emitter and
 * per-consumer figures as typed arrays, and the report's counters. The
 * handlers of the events (engine.ts) extend it; the modules of lib/sim that
 * act on the run less often (failure-handling.ts, scenario-effects.ts, the
 * samples and the report) read and write it by field. It is no API.
 */
export class EngineState {
  readonly queue = new EventQueue(4096);
  readonly rng: Prng;
  readonly stations: StationState[];
  readonly msgs = new MessagePool();
  /** Messages live now, the most at once so far, and the next step at which the limit on them is checked. */
  protected live = 0;
  protected mostLive = 0;
  protected nextStep = 1024;
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
  protected readonly roundRobin: Int32Array;
  /** Hot emitter fields as typed arrays: the inner loop reads them per message. */
  protected readonly emMeanGapUs: Float64Array;
  readonly emSize: Float64Array;
  protected readonly emPartitions: Int32Array;
  /** Per Kafka emitter, the partition of each integer key (Kafka's murmur2 partitioner, kafka-partitioner.ts); null elsewhere. */
  protected readonly emKeyPartition: Array<Int32Array | null>;
  /** 1 when an emitter's copies can share one record: several targets (at most 256), none delaying delivery. */
  protected readonly emShares: Uint8Array;
  protected readonly emAmplitude: Float64Array;
  protected readonly emPeakHour: Float64Array;
  /** Per consumer: lognormal μ and σ of its processing time (ms), and the exponential mean with the same median. */
  protected readonly cMu: Float64Array;
  protected readonly cSigma: Float64Array;
  protected readonly cExpMean: Float64Array;
  // Counters for the report.
  published = 0;
  /** RabbitMQ and SNS messages that matched no queue or subscription. */
  unroutable = 0;
  refusedByBroker = 0;
  lostAckedEstimate = 0;
  /** Latency per path, keyed origin emitter × station count + station. */
  readonly paths = new Map<number, Histogram>();
  protected lastPathKey = -1;
  protected lastPath: Histogram | undefined;

  constructor(
    readonly network: Network,
    seed: number,
    readonly settings: EngineSettings,
  ) {
    this.rng = new Prng(seed);
    const { consumers, emitters } = network;
    checkRecordLimits(network);
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
    this.emKeyPartition = emitters.map((e) => (e.family === 'kafka' ? kafkaPartitionTable(e.partitions, settings.keySpace) : null));
    this.emShares = Uint8Array.from(emitters, (e) => (e.targets.length > 1 && e.targets.length <= 256 && e.targets.every((t) => network.stations[t].delayUs === 0) ? 1 : 0));
    this.cMu = Float64Array.from(consumers, (c) => c.processing.mu);
    this.cSigma = Float64Array.from(consumers, (c) => c.processing.sigma);
    this.cExpMean = Float64Array.from(consumers, (c) => Math.exp(c.processing.mu) / Math.LN2);
    this.stations = network.stations.map(createStationState);
  }

  /**
   * The message arrays and the waiting lines sized once for the backlogs
   * expected (expected-backlog.ts, per station), 10 % over, up to the run's
   * limit on messages held: arrivals are random, and a station near its limit
   * queues more than its threads hold; one message past a reservation doubles
   * the arrays, or the lane, as before (the realistic 200-node design, 15 s
   * message by message: 5.50 M expected, 5.50 M held). A station's lanes
   * share its backlog, as its keys spread over them.
   */
  reserve(backlogs: Float64Array): void {
    const wanted = 1.1 * backlogs.reduce((a, b) => a + b, 0);
    const records = Math.min(this.settings.maxLiveMessages, wanted);
    this.msgs.reserve(records);
    const share = wanted > 0 ? records / wanted : 0;
    const lanes: Deque[] = [];
    const room: number[] = [];
    this.stations.forEach((st, t) => {
      for (const lane of st.lanes) {
        lanes.push(lane);
        room.push((1.1 * backlogs[t] * share) / st.lanes.length);
      }
    });
    reserveDeques(lanes, room);
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
    return this.now + this.rng.exponentialWhole(gap);
  }

  /**
   * Counts a message into the run's live messages. A design that cannot keep
   * up piles messages up without end: the run stops before memory runs out,
   * and says where, when the most held at once passes a power-of-two step
   * (1,024 × 2^k, where an array that grows by doubling would grow) at or past
   * the limit: where the engine has always stopped, whatever its arrays hold.
   */
  protected countLive(): void {
    if (++this.live <= this.mostLive) return;
    this.mostLive = this.live;
    if (this.mostLive <= this.nextStep) return;
    if (this.nextStep >= this.settings.maxLiveMessages && this.stopReason === '') this.stopReason = this.backlogReport(this.nextStep);
    this.nextStep *= 2;
  }

  protected alloc(): number {
    this.countLive();
    return this.msgs.alloc();
  }

  /** A message leaves the design (one reference of a shared record). */
  release(m: number): void {
    this.live--;
    if (this.msgs.shares(m) > 0) this.msgs.setShares(m, this.msgs.shares(m) - 1);
    else this.msgs.release(m);
  }

  /**
   * Message `m` taken from a queue, as a record of its own: a shared record
   * (fan-out) gives this reference a copy, as the copy it stands for would
   * have been made at the fan-out, with the same fields.
   */
  protected own(m: number): number {
    const msgs = this.msgs;
    if (msgs.shares(m) === 0) return m;
    msgs.setShares(m, msgs.shares(m) - 1);
    const c = msgs.alloc();
    msgs.copyInto(m, c);
    return c;
  }

  /** A new message with `m`'s publish, origin, route, key and flags, delivered nowhere yet. */
  copy(m: number): number {
    const c = this.alloc();
    const msgs = this.msgs;
    msgs.setBirth(c, msgs.birth(m));
    msgs.setOrigin(c, msgs.origin(m));
    msgs.setEmit(c, msgs.emit(m));
    msgs.setPart(c, msgs.part(m));
    msgs.setFlags(c, msgs.flags(m));
    msgs.setDeliveries(c, 0);
    msgs.setTries(c, 0);
    return c;
  }

  lose(st: StationState, m: number, reason: string): void {
    st.lostBy[reason] = (st.lostBy[reason] ?? 0) + 1;
    if (this.isPoison(m)) this.fate(`lost (${reason}) at ${st.spec.label}`);
    this.release(m);
  }

  /** Whether `m` is the poison message (its fate is told; the words are built only then). */
  isPoison(m: number): boolean {
    return (this.msgs.flags(m) & POISON) !== 0;
  }

  /** Records what became of the poison message, the first time it meets a fate. */
  fate(what: string): void {
    if (this.poisonFate === '') this.poisonFate = `poison message ${what} at ${round(this.now / 1000, 1)} ms`;
  }

  protected backlogReport(held: number): string {
    const deepest = this.stations.reduce((a, b) => (b.depth > a.depth ? b : a));
    return `the run stopped at ${round(this.now / 1000, 1)} ms: ${held} messages held at once (limit ${this.settings.maxLiveMessages}); the deepest backlog is ${deepest.spec.label} with ${deepest.depth}`;
  }
}

/** A message record keeps emitter ids and retry counts in 16 bits (message-pool.ts): a network beyond them is refused, never truncated. */
export function checkRecordLimits(network: Network): void {
  if (network.emitters.length > MAX_EMITTERS) {
    throw new Error(`The simulator supports at most ${MAX_EMITTERS} emitters (publishing routes); this design compiles to ${network.emitters.length}. Simulate a part of it.`);
  }
  const retrying = network.consumers.find((c) => c.maxRetries > MAX_CONSUMER_RETRIES);
  if (retrying) throw new Error(`Consumer "${retrying.name}": the simulator supports at most ${MAX_CONSUMER_RETRIES} retries per delivery (retry.maxRetries is ${retrying.maxRetries}).`);
}
