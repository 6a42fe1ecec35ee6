import { peakOverMean, rateFactorAt } from '../capacity/traffic-curve';
import type { Deque } from './deque';
import { EngineState, POISON } from './engine-state';
import { failAttempt, rabbitDeadLetter, type FailureEngine } from './failure-handling';
import { Histogram } from './histogram';
import { hourOfDay } from './sim-clock';

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

/** Handles the events that are not per message (scenarios, samples, the fluid part, rebalances): the run around the engine. */
export interface OtherEvents {
  handleOther(kind: number, a: number, b: number): void;
}

export type { EngineSettings } from './engine-state';

/**
 * The per-message core of the discrete-event engine: the handlers of the
 * events every message goes through (arrival, routing, queueing, dispatch to
 * a thread, completion), over the run's state (engine-state.ts).
 *
 * Why the hot path is methods of one class over typed arrays: V8 inlines
 * them into the event loop, and an event allocates nothing.
 */
export class Engine extends EngineState implements FailureEngine {
  /**
   * Handles events in time order while fewer than `budget` are done, the next
   * is due by `endUs` and the run need not stop (stopReason); returns how
   * many it handled. Why the loop is a method of its own that reads no field
   * before it and does nothing after it but return: V8 gives a function its
   * feedback only after its first calls, and a run calls this a few times
   * (once per slice), so code that ran once per slice, before the loop or at
   * its rare exits, had none when the loop was optimised; the next slice (the
   * next run, in the benchmark) then deoptimised the loop there and compiled
   * it again, the engine inlined in it. The end of the run is the caller's
   * (Simulation.step).
   */
  handleUntil(budget: number, endUs: number, other: OtherEvents): number {
    let handled = 0;
    while (handled < budget && this.queue.peek() && this.queue.time <= endUs && this.stopReason === '') {
      handled++;
      this.now = this.queue.time;
      this.handleTop(other);
    }
    return handled;
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
    msgs.setBirth(m, this.now);
    msgs.setOrigin(m, e);
    msgs.setFlags(m, 0);
    if (this.poisonPending) {
      this.poisonPending = false;
      msgs.setFlags(m, POISON);
    }
    // The key: one entity of many (hot-key: one entity takes a share), random, or none (round robin over partitions).
    let key: number;
    if (spec.keyStrategy === 'none') key = this.roundRobin[e]++ % partitions;
    else if (this.hotShare > 0 && spec.keyStrategy === 'entity-id' && this.rng.next() < this.hotShare) key = 0;
    else key = this.rng.below(this.settings.keySpace);
    // A Kafka key's partition is murmur2's (kafka-partitioner.ts); elsewhere the key picks the lane itself.
    const keyPartition = this.emKeyPartition[e];
    msgs.setPart(m, spec.constantGroup ? 0 : keyPartition !== null && spec.keyStrategy !== 'none' ? keyPartition[key] : key % partitions);
    this.published++;
    this.emit(e, m);
  }

  /** Delivers message `m` through emitter `e` to every station it routes to (a copy each), or refuses it. */
  emit(e: number, m: number): void {
    const spec = this.network.emitters[e];
    this.msgs.setEmit(m, e);
    const refused = this.refused[e];
    if (refused && refused[this.msgs.part(m) % spec.partitions] === 1) {
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
      this.msgs.setShares(m, targets.length - 1);
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
      msgs.setDeliveries(m, 0);
      msgs.setTries(m, 0);
      if (spec.delayUs > 0) {
        msgs.setDeliveries(m, -1);
        this.queue.push(this.now + spec.delayUs, VISIBLE, t, m);
        return;
      }
    } else if (msgs.deliveries(m) < 0) msgs.setDeliveries(m, 0);
    if (st.paused) {
      this.lose(st, m, 'broker unavailable');
      return;
    }
    const size = st.countsBytes ? this.emSize[msgs.origin(m)] : 0;
    if (st.depth >= spec.maxLength || st.bytes + size > spec.maxLengthBytes) {
      if (!this.makeRoom(t, m)) return;
    }
    msgs.setEnq(m, this.now);
    const lane = spec.laned ? msgs.part(m) % st.lanes.length : 0;
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
      if (st.countsBytes) st.bytes -= this.emSize[this.msgs.origin(oldest)];
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
      if (st.countsBytes) st.bytes -= this.emSize[msgs.origin(m)];
      // Nothing is too old before the run has lasted the expiry (times start at 0): the message's times are not read
      // (it has waited long, out of cache), which a retention of days spares every run shorter than it.
      if (this.now > spec.expiryUs && this.now - (spec.expiryFromEnqueue ? msgs.enq(m) : msgs.birth(m)) > spec.expiryUs) {
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
    while (deque.size > 0 && this.now - this.msgs.enq(deque.peekFront()) > st.spec.expiryUs) {
      const m = deque.popFront();
      st.depth--;
      if (st.countsBytes) st.bytes -= this.emSize[this.msgs.origin(m)];
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
    st.waitUs += this.now - msgs.enq(m);
    st.waits++;
    if (this.poisonFor >= 0 && spec.serverConsumer[s] === this.poisonFor) {
      this.poisonFor = -1;
      msgs.setFlags(m, msgs.flags(m) | POISON);
    }
    msgs.setDeliveries(m, msgs.deliveries(m) + 1);
    const service = this.serviceUs(spec.serverConsumer[s]);
    st.serverMsg[s] = m;
    st.serverServiceUs[s] = service;
    st.serverDoneAt[s] = this.now + service;
    this.queue.push(this.now + service, DONE, t, s);
    // Not acked within ack wait / visibility timeout: the broker delivers it again while this thread still works on it.
    if (service > spec.redeliverAfterUs && msgs.deliveries(m) < spec.maxDeliveries) {
      const again = this.copy(m);
      msgs.setDeliveries(again, msgs.deliveries(m));
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
    if (this.isPoison(m) || this.outage[g] === 1) {
      failAttempt(this, t, s, m);
      return;
    }
    st.processed++;
    st.serverMsg[s] = -1;
    if (consumer.relays.length > 0) {
      for (let i = 0; i < consumer.relays.length; i++) this.emit(consumer.relays[i], i === consumer.relays.length - 1 ? m : this.copy(m));
    } else {
      const key = this.msgs.origin(m) * this.stations.length + t;
      let h = key === this.lastPathKey ? this.lastPath : this.paths.get(key);
      if (!h) this.paths.set(key, (h = new Histogram()));
      this.lastPathKey = key;
      this.lastPath = h;
      h.record(this.now - this.msgs.birth(m));
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
  retryDoneAt(at: number, t: number, s: number): void {
    this.queue.push(at, DONE, t, s);
  }

  visibleAgainAt(at: number, t: number, m: number): void {
    this.queue.push(at, VISIBLE, t, m);
  }

  requeueFront(t: number, m: number): void {
    const st = this.stations[t];
    const lane = st.spec.laned ? this.msgs.part(m) % st.lanes.length : 0;
    st.lanes[lane].pushFront(m);
    st.depth++;
    if (st.countsBytes) st.bytes += this.emSize[this.msgs.origin(m)];
    this.msgs.setEnq(m, this.now);
  }
}
