import type { ResolvedRabbitmqQueue } from '../brokers/rabbitmq/resolve';
import type { Connection, Design, DesignNode } from '../design';
import { publishRoutingKeys } from '../rabbitmq/message-flows';
import { routeMessage } from '../rabbitmq/routing';
import { addStation, baseStation, consumerNode, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { defineSimBroker, type MessageClass } from './sim-broker';

/** RabbitMQ: one shared queue every group's threads compete for, with the queue's arguments as limits. */
function addRabbitmqStation(ctx: CompileContext, queue: ResolvedRabbitmqQueue): void {
  const groups = consumersOf(ctx, queue.id).map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, queue, 'rabbitmq', groups);
  // Prefetch bounds the messages a consumer holds unacked; 0 is unlimited.
  const caps = groups.map((g) => consumerNode(ctx, g));
  const cap = Math.min(...caps.map((c) => (c.prefetch > 0 ? c.prefetch : Infinity)), Infinity);
  Object.assign(station, threadsOf(ctx, groups, cap));
  const args = queue.arguments;
  if (args['x-message-ttl'] !== undefined) {
    station.expiryUs = args['x-message-ttl'] * US;
    station.expiryFromEnqueue = true;
  }
  if (args['x-max-length'] !== undefined) station.maxLength = args['x-max-length'];
  if (args['x-max-length-bytes'] !== undefined) station.maxLengthBytes = args['x-max-length-bytes'];
  station.overflow = args['x-overflow'] ?? 'drop-head';
  if (queue.type === 'quorum' && args['x-delivery-limit'] !== undefined && args['x-delivery-limit'] >= 0) station.deliveryLimit = args['x-delivery-limit'];
  if (queue.type === 'quorum' && args['x-delivery-limit'] === undefined)
    ctx.notes.add('RabbitMQ quorum queues without x-delivery-limit are simulated without a limit (RabbitMQ 4 applies 20 by default)');
  station.queueType = queue.type;
  station.replicas = queue.type === 'classic' ? 1 : Math.min(args['x-quorum-initial-group-size'] ?? 3, station.clusterNodes);
  if (queue.policy && Object.keys(queue.policy).some((k) => ['message-ttl', 'max-length', 'overflow', 'delivery-limit'].includes(k))) {
    ctx.notes.add('Queue limits set by a RabbitMQ policy (message-ttl, max-length, overflow, delivery-limit) are not simulated; queue arguments are');
  }
  addStation(ctx, station);
}

/** The queues' stations a message with these routing keys reaches through the exchange's bindings (or the queue itself). */
function rabbitmqTargets(ctx: CompileContext, channel: DesignNode, connection: Connection, { routingKeys }: MessageClass): number[] {
  const queues = routeMessage(ctx.design as Design, channel.id, routingKeys, connection.arguments);
  return [...queues].flatMap((q) => ctx.stationsOfChannel.get(q) ?? []);
}

/**
 * RabbitMQ: a class per routing key a publish uses; consumers retry in process, then
 * requeue or reject into the queue's dead-letter exchange (routed lazily: network.ts).
 */
export const rabbitmqSim = defineSimBroker({
  stations: { 'rabbitmq-queue': addRabbitmqStation },
  publishTargets: { 'rabbitmq-exchange': rabbitmqTargets, 'rabbitmq-queue': rabbitmqTargets },
  messageClasses: (ctx, _channel, connection) => publishRoutingKeys(ctx.design as Design, connection).map((k) => ({ routingKeys: [k], selector: k })),
  redelivery: { by: 'consumer' },
  dropsUnroutedQuietly: false,
});
