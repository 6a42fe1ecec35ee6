import { DONE, VISIBLE, type Engine } from './engine';
import type { StationState } from './station-state';

/**
 * What happens to a message its consumer failed on, per family: the
 * consumer's own retries, then the broker's redelivery, redrive or dead
 * lettering (or a loss when there is nowhere to go). The engine calls it when
 * a poison message or an outage fails an attempt.
 */
export function failAttempt(engine: Engine, t: number, s: number, m: number): void {
  const st = engine.stations[t];
  const spec = st.spec;
  if (spec.family === 'nats' || spec.family === 'sqs') {
    st.serverMsg[s] = -1;
    redeliverOrGiveUp(engine, t, spec.serverConsumer[s], m);
    engine.freed(t, s);
    return;
  }
  const g = spec.serverConsumer[s];
  const consumer = engine.network.consumers[g];
  const msgs = engine.msgs;
  if (msgs.tries[m] < consumer.maxRetries) {
    // In-process retry after the consumer's backoff; the thread holds the message meanwhile.
    const backoff = consumer.backoffUs[Math.min(msgs.tries[m], consumer.backoffUs.length - 1)];
    msgs.tries[m]++;
    const service = engine.serviceUs(g);
    st.serverServiceUs[s] = service;
    st.serverDoneAt[s] = engine.now + backoff + service;
    engine.queue.push(st.serverDoneAt[s], DONE, t, s);
    return;
  }
  st.serverMsg[s] = -1;
  if (consumer.deadLetter >= 0) deadLetterVia(engine, st, consumer.deadLetter, m, 'retries exhausted');
  // x-delivery-limit counts returns: a message is dead-lettered once returned more than the limit (limit + 1 deliveries).
  else if (spec.family === 'rabbitmq' && consumer.requeueOnError && msgs.deliveries[m] <= spec.deliveryLimit) {
    msgs.tries[m] = 0;
    st.redelivered++;
    engine.requeueFront(t, m);
  } else if (spec.family === 'rabbitmq') rabbitDeadLetter(engine, t, m, 'rejected after retries');
  else engine.lose(st, m, 'skipped after retries');
  engine.freed(t, s);
}

/** JetStream and SQS: the broker delivers a failed message again after its backoff or timeout, until max deliveries. */
function redeliverOrGiveUp(engine: Engine, t: number, g: number, m: number): void {
  const st = engine.stations[t];
  const spec = st.spec;
  const deliveries = engine.msgs.deliveries[m];
  if (deliveries >= spec.maxDeliveries) {
    const consumer = engine.network.consumers[g];
    if (spec.family === 'sqs' && spec.redrive.length > 0) moveTo(engine, st, spec.redrive, m, 'redriven');
    else if (spec.family === 'nats' && consumer.deadLetter >= 0) deadLetterVia(engine, st, consumer.deadLetter, m, 'max_deliver reached');
    else engine.lose(st, m, spec.family === 'nats' ? 'max_deliver reached' : 'failed every receive');
    return;
  }
  const backoff = spec.redeliveryBackoffUs;
  const delay = spec.family === 'nats' ? (backoff.length > 0 ? backoff[Math.min(deliveries - 1, backoff.length - 1)] : spec.redeliverAfterUs) : spec.redeliverAfterUs;
  st.redelivered++;
  engine.queue.push(engine.now + (Number.isFinite(delay) ? delay : 0), VISIBLE, t, m);
}

/** RabbitMQ dead lettering through the queue's DLX (lib/rabbitmq routing), or a loss when it has none. */
export function rabbitDeadLetter(engine: Engine, t: number, m: number, reason: string): void {
  const st = engine.stations[t];
  const targets = engine.network.rabbitDeadLetterTargets(t, engine.msgs.emit[m]);
  if (targets.length === 0) {
    engine.lose(st, m, reason);
    return;
  }
  moveTo(engine, st, targets, m, reason);
}

function moveTo(engine: Engine, st: StationState, targets: readonly number[], m: number, reason: string): void {
  st.deadLettered++;
  if (engine.isPoison(m)) engine.fate(`dead-lettered (${reason}) from ${st.spec.label}`);
  for (let i = 0; i < targets.length; i++) engine.enqueue(targets[i], i === targets.length - 1 ? m : engine.copy(m), false);
}

function deadLetterVia(engine: Engine, st: StationState, emitter: number, m: number, reason: string): void {
  st.deadLettered++;
  if (engine.isPoison(m)) engine.fate(`dead-lettered (${reason}) from ${st.spec.label}`);
  engine.emit(emitter, m);
}
