import { brokerRedelivers, gaveUpReason } from './broker-redelivery';
import type { EngineState } from './engine-state';
import type { StationState } from './station-state';

/** What failure handling asks of the engine (engine.ts implements it): its state and the moves a failed message can make. */
export interface FailureEngine extends EngineState {
  serviceUs(consumer: number): number;
  emit(emitter: number, m: number): void;
  enqueue(t: number, m: number, redelivery: boolean): void;
  freed(t: number, s: number): void;
  requeueFront(t: number, m: number): void;
  /** Ends thread `s` of station `t`'s in-process retry at `at`. */
  retryDoneAt(at: number, t: number, s: number): void;
  /** Makes message `m` visible again on station `t` at `at` (a broker's redelivery). */
  visibleAgainAt(at: number, t: number, m: number): void;
}

/**
 * What happens to a message its consumer failed on, per family: the
 * consumer's own retries, then the broker's redelivery, redrive or dead
 * lettering (or a loss when there is nowhere to go). The engine calls it when
 * a poison message or an outage fails an attempt.
 */
export function failAttempt(engine: FailureEngine, t: number, s: number, m: number): void {
  const st = engine.stations[t];
  const spec = st.spec;
  if (brokerRedelivers(spec.family)) {
    st.serverMsg[s] = -1;
    redeliverOrGiveUp(engine, t, spec.serverConsumer[s], m);
    engine.freed(t, s);
    return;
  }
  const g = spec.serverConsumer[s];
  const consumer = engine.network.consumers[g];
  const msgs = engine.msgs;
  if (msgs.tries(m) < consumer.maxRetries) {
    // In-process retry after the consumer's backoff; the thread holds the message meanwhile.
    const backoff = consumer.backoffUs[Math.min(msgs.tries(m), consumer.backoffUs.length - 1)];
    msgs.setTries(m, msgs.tries(m) + 1);
    const service = engine.serviceUs(g);
    st.serverServiceUs[s] = service;
    st.serverDoneAt[s] = engine.now + backoff + service;
    engine.retryDoneAt(st.serverDoneAt[s], t, s);
    return;
  }
  st.serverMsg[s] = -1;
  if (consumer.deadLetter >= 0) deadLetterVia(engine, st, consumer.deadLetter, m, 'retries exhausted');
  // x-delivery-limit counts returns: a message is dead-lettered once returned more than the limit (limit + 1 deliveries).
  else if (spec.family === 'rabbitmq' && consumer.requeueOnError && msgs.deliveries(m) <= spec.deliveryLimit) {
    msgs.setTries(m, 0);
    st.redelivered++;
    engine.requeueFront(t, m);
  } else if (spec.family === 'rabbitmq') rabbitDeadLetter(engine, t, m, 'rejected after retries');
  else engine.lose(st, m, 'skipped after retries');
  engine.freed(t, s);
}

/** The broker delivers a failed message again after its backoff or timeout, until max deliveries (broker-redelivery.ts). */
function redeliverOrGiveUp(engine: FailureEngine, t: number, g: number, m: number): void {
  const st = engine.stations[t];
  const spec = st.spec;
  const deliveries = engine.msgs.deliveries(m);
  if (deliveries >= spec.maxDeliveries) {
    const consumer = engine.network.consumers[g];
    const reason = gaveUpReason(spec.family);
    if (spec.redrive.length > 0) moveTo(engine, st, spec.redrive, m, spec.family === 'sqs' ? 'redriven' : reason);
    else if (spec.family === 'nats' && consumer.deadLetter >= 0) deadLetterVia(engine, st, consumer.deadLetter, m, reason);
    else if (spec.deadLetterElsewhere !== undefined) parkDeadLetter(engine, st, m, reason, spec.deadLetterElsewhere);
    else engine.lose(st, m, reason);
    return;
  }
  // JetStream backoff, Artemis redelivery delays, Pub/Sub retry policy, Pulsar negative-ack delay; else the ack timeout.
  const backoff = spec.redeliveryBackoffUs;
  const delay = backoff.length > 0 ? backoff[Math.min(deliveries - 1, backoff.length - 1)] : spec.redeliverAfterUs;
  st.redelivered++;
  engine.visibleAgainAt(engine.now + (Number.isFinite(delay) ? delay : 0), t, m);
}

/** Dead-lettered into a queue the design does not draw (Service Bus $DeadLetterQueue): counted, kept there, not simulated further. */
function parkDeadLetter(engine: FailureEngine, st: StationState, m: number, reason: string, where: string): void {
  st.deadLettered++;
  if (engine.isPoison(m)) engine.fate(`dead-lettered (${reason}) from ${st.spec.label} into ${where}`);
  engine.release(m);
}

/** RabbitMQ dead lettering through the queue's DLX (lib/rabbitmq routing), or a loss when it has none. */
export function rabbitDeadLetter(engine: FailureEngine, t: number, m: number, reason: string): void {
  const st = engine.stations[t];
  const targets = engine.network.rabbitDeadLetterTargets(t, engine.msgs.emit(m));
  if (targets.length === 0) {
    engine.lose(st, m, reason);
    return;
  }
  moveTo(engine, st, targets, m, reason);
}

function moveTo(engine: FailureEngine, st: StationState, targets: readonly number[], m: number, reason: string): void {
  st.deadLettered++;
  if (engine.isPoison(m)) engine.fate(`dead-lettered (${reason}) from ${st.spec.label}`);
  for (let i = 0; i < targets.length; i++) engine.enqueue(targets[i], i === targets.length - 1 ? m : engine.copy(m), false);
}

function deadLetterVia(engine: FailureEngine, st: StationState, emitter: number, m: number, reason: string): void {
  st.deadLettered++;
  if (engine.isPoison(m)) engine.fate(`dead-lettered (${reason}) from ${st.spec.label}`);
  engine.emit(emitter, m);
}
