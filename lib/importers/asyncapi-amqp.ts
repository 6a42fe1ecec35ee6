import { RABBITMQ_EXCHANGE_TYPES } from '../design';
import type { ChannelInfo, Rec, Shared } from './asyncapi-model';
import type { RefResolver } from './asyncapi-refs';
import { bool, describe, isRecord, keyPath, short, str, type DesignBuilder } from './builder';

/**
 * An AsyncAPI channel on a RabbitMQ (AMQP 0-9-1) server: a queue (`is:
 * queue`) or an exchange (`is: routingKey`, the address being the routing key
 * publishers use); a 2.x binding naming both gives both, bound by the address.
 */

const EXCHANGE_TYPES: ReadonlySet<string> = new Set(RABBITMQ_EXCHANGE_TYPES);

export function placeAmqp(ch: ChannelInfo, bindings: Rec, refs: RefResolver, b: DesignBuilder, cluster: string, shared: Shared, name: (fallback: unknown) => string): void {
  const ab = refs.deref(bindings.amqp);
  const path = `${ch.path}.bindings.amqp`;
  const queueOf = (q: Rec, fallbackName: string) => placeQueue(q, fallbackName, ch.path, path, b, cluster, shared);
  if (!isRecord(ab)) {
    b.note(ch.path, `Channel "${short(ch.key)}" has no amqp binding; it is taken as a queue named by its address (published to through the default exchange).`);
    channelIsQueue(ch, queueOf({}, name(undefined)));
    return;
  }
  const exchange = refs.deref(ab.exchange);
  const queue = refs.deref(ab.queue);
  const is = str(ab.is) ?? (isRecord(queue) && !isRecord(exchange) ? 'queue' : 'routingKey');
  for (const field of Object.keys(ab)) {
    if (!['is', 'exchange', 'queue', 'bindingVersion'].includes(field)) b.note(keyPath(path, field), 'This channel binding field is not represented in the design.');
  }
  if (is === 'queue') {
    channelIsQueue(ch, queueOf(isRecord(queue) ? queue : {}, name(undefined)));
    return;
  }
  if (is !== 'routingKey') b.note(`${path}.is`, `"is" must be "routingKey" or "queue", not ${describe(ab.is)}; routingKey is assumed.`);
  const ex = isRecord(exchange) ? exchange : {};
  const exchangeName = str(ex.name);
  const type = str(ex.type) ?? 'topic';
  const routingKey = ch.address;
  if (exchangeName === undefined || exchangeName === '' || type === 'default') {
    // The default exchange routes by queue name: the channel is that queue.
    b.note(`${path}.exchange`, `Channel "${short(ch.key)}" publishes through the default exchange; it is taken as the queue its routing key names.`);
    channelIsQueue(ch, queueOf(isRecord(queue) ? queue : {}, name(undefined)));
    return;
  }
  const vhost = str(ex.vhost) ?? '/';
  const props: Rec = { cluster, vhost };
  if (EXCHANGE_TYPES.has(type)) props.type = type;
  else b.note(`${path}.exchange.type`, `Exchange type ${describe(ex.type)} is not topic, direct, fanout or headers; topic is assumed.`);
  if (bool(ex.durable) !== undefined) props.durable = bool(ex.durable);
  if (bool(ex.autoDelete) !== undefined) props.autoDelete = bool(ex.autoDelete);
  for (const field of Object.keys(ex)) {
    if (!['name', 'type', 'durable', 'autoDelete', 'vhost'].includes(field)) b.note(keyPath(`${path}.exchange`, field), 'This exchange binding field is not represented in the design.');
  }
  const exchangeId = shared('rabbitmq-exchange', vhost, exchangeName, () => b.addNode('rabbitmq-exchange', exchangeName, props, ch.path));
  if (!exchangeId) return;
  ch.publishTo = { id: exchangeId, routingKey };
  if (isRecord(queue)) {
    // AMQP binding 0.2.0 (AsyncAPI 2.x) may name the queue bound to the exchange by the channel's routing key.
    const queueId = queueOf(queue, `${exchangeName}.${routingKey ?? ch.key}`);
    if (queueId) {
      ch.consumeFrom = queueId;
      const node = b.node(queueId);
      if (node && node.data.vhost !== vhost) b.note(`${path}.queue.vhost`, 'The queue and the exchange are in different vhosts; they cannot be bound.');
      else if (!b.hasConnection('bind', exchangeId, queueId)) b.connect('bind', exchangeId, queueId, routingKey !== undefined ? { routingKey } : {}, `${path}.queue`);
    }
  } else {
    ch.consumeProblem = `channel "${short(ch.key)}" is the exchange "${short(exchangeName)}": RabbitMQ consumers read from a queue bound to it, and the document names none`;
  }
}

/** The channel publishes to and consumes from one queue (when it was placed). */
function channelIsQueue(ch: ChannelInfo, id: string | undefined): void {
  if (!id) return;
  ch.publishTo = { id };
  ch.consumeFrom = id;
}

/** The queue an amqp binding's `queue` object describes (one node per vhost and name), noting the fields the design does not hold. */
function placeQueue(q: Rec, fallbackName: string, channelPath: string, path: string, b: DesignBuilder, cluster: string, shared: Shared): string | undefined {
  const vhost = str(q.vhost) ?? '/';
  const queueName = str(q.name) ?? fallbackName;
  const props: Rec = { cluster, vhost, type: 'classic' };
  for (const [field, prop] of [
    ['durable', 'durable'],
    ['exclusive', 'exclusive'],
    ['autoDelete', 'autoDelete'],
  ] as const) {
    if (bool(q[field]) !== undefined) props[prop] = bool(q[field]);
  }
  for (const field of Object.keys(q)) {
    if (!['name', 'vhost', 'durable', 'exclusive', 'autoDelete'].includes(field)) b.note(keyPath(`${path}.queue`, field), 'This queue binding field is not represented in the design.');
  }
  return shared('rabbitmq-queue', vhost, queueName, () => b.addNode('rabbitmq-queue', queueName, props, channelPath));
}
