import { writtenSetting } from '../brokers/resolve';
import type { ResolvedRabbitmqQueue } from '../brokers/rabbitmq/resolve';
import { effectivePolicy } from '../rabbitmq/policies';
import type { TopologyContext } from './rabbitmq-topology-context';
import { atLeast, exactNamePattern, nameProblem, utf8Length, versionLabel, type Arguments, type PolicyDefinition, type RabbitVersion } from './rabbitmq-topology-model';
import { checkPolicy, sameQueueKeys } from './rabbitmq-topology-policy';

/**
 * A design's RabbitMQ queues as the topology declares them: type, the
 * x-arguments the target broker accepts on that type, the policy RabbitMQ
 * will apply, and the dead-letter exchange.
 */

/**
 * Which x-arguments each queue type accepts (RabbitMQ 3.10 source:
 * `rabbit_amqqueue` argument checks for classic queues,
 * `rabbit_quorum_queue:capabilities/0` and `rabbit_stream_queue:capabilities/0`).
 * Quorum and stream queues reject the others at declare time; for classic
 * queues an unknown argument is ignored, which is as wrong, so every export
 * refuses what the queue's type does not support.
 * The value is the first version that accepts the argument on that type.
 */
const QUEUE_ARGUMENTS: Record<ResolvedRabbitmqQueue['type'], Record<string, [number, number]>> = {
  classic: {
    'x-message-ttl': [3, 0],
    'x-expires': [3, 0],
    'x-max-length': [3, 0],
    'x-max-length-bytes': [3, 0],
    'x-overflow': [3, 0],
    'x-single-active-consumer': [3, 8],
    'x-max-priority': [3, 0],
    'x-queue-mode': [3, 6],
    'x-consumer-timeout': [3, 12],
  },
  quorum: {
    'x-expires': [3, 8],
    'x-max-length': [3, 8],
    'x-max-length-bytes': [3, 8],
    'x-overflow': [3, 8],
    'x-single-active-consumer': [3, 8],
    'x-delivery-limit': [3, 8],
    'x-quorum-initial-group-size': [3, 8],
    'x-message-ttl': [3, 10],
    'x-dead-letter-strategy': [3, 10],
    'x-consumer-timeout': [3, 12],
  },
  stream: { 'x-max-length-bytes': [3, 9], 'x-max-age': [3, 9] },
};

/** First version with each queue type. */
const QUEUE_TYPE_SINCE: Record<ResolvedRabbitmqQueue['type'], [number, number]> = { classic: [3, 0], quorum: [3, 8], stream: [3, 9] };
/** Adds the queue (with its policy and dead-letter exchange) to its cluster's topology, or the reasons RabbitMQ would refuse it. */
export function addQueue(ctx: TopologyContext, queue: ResolvedRabbitmqQueue): void {
  const topology = ctx.topologyOf(queue);
  const version = topology.version;
  const problem = nameProblem('queue', queue.name);
  if (problem) ctx.errors.push({ nodeId: queue.id, message: `Queue "${queue.name}": ${problem}.` });
  ctx.checkDuplicate(queue, 'queue');
  const [sinceMajor, sinceMinor] = QUEUE_TYPE_SINCE[queue.type];
  if (!atLeast(version, sinceMajor, sinceMinor)) {
    ctx.errors.push({
      nodeId: queue.id,
      message: `Queue "${queue.name}" is a ${queue.type} queue, which needs RabbitMQ ${sinceMajor}.${sinceMinor} or later; the target is ${versionLabel(version)}.`,
    });
  }
  if (queue.exclusive) {
    ctx.errors.push({
      nodeId: queue.id,
      message: `Queue "${queue.name}" is exclusive: it lives only as long as the connection that declares it, so it cannot be declared ahead of time. Turn "exclusive" off or let the application declare it.`,
    });
  }
  if (queue.type !== 'classic' && (!queue.durable || queue.autoDelete)) {
    ctx.errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is a ${queue.type} queue, which RabbitMQ requires to be durable and not auto-delete.` });
  }
  // x-queue-type only when the design sets it: unset, the broker declares its default type.
  const declaredType = writtenSetting(queue, 'type', queue.type);
  const args: Arguments = declaredType === undefined ? {} : { 'x-queue-type': declaredType };
  addQueueArguments(ctx, queue, version, args);
  // The policy RabbitMQ will apply: a declared one by pattern, unless the queue's own `policy` says more or
  // other than it gives, in which case a policy for this queue alone, above every pattern, takes its place.
  const declared = effectivePolicy(ctx.compiled(topology), { kind: 'queue', vhost: queue.vhost, name: queue.name, queueType: queue.type });
  let applied: PolicyDefinition | undefined = declared?.definition;
  if (queue.policy && Object.keys(queue.policy).length > 0 && !sameQueueKeys(queue.policy, declared)) {
    const checked = checkPolicy(queue.policy, version, (message) => ctx.errors.push({ nodeId: queue.id, message: `The policy of queue "${queue.name}" ${message}` }));
    if (checked) {
      const taken = new Set(topology.policies.filter((p) => p.vhost === queue.vhost).map((p) => p.name));
      let name = `${queue.name} policy`;
      for (let n = 2; taken.has(name); n++) name = `${queue.name} policy ${n}`;
      topology.policies.push({ nodeId: queue.id, vhost: queue.vhost, name, pattern: exactNamePattern(queue.name), applyTo: 'queues', priority: declared ? declared.priority + 1 : 0, ...checked });
      applied = checked.definition;
    }
  }
  addDeadLetterArguments(ctx, queue, applied, args);
  ctx.addVhost(topology, queue.vhost);
  topology.queues.push({ nodeId: queue.id, name: queue.name, vhost: queue.vhost, type: queue.type, durable: queue.durable, autoDelete: queue.autoDelete, arguments: args });
}

/** The queue's x-arguments into `args`, or an error for each one its type or the target version refuses. */
function addQueueArguments(ctx: TopologyContext, queue: ResolvedRabbitmqQueue, version: RabbitVersion, args: Arguments): void {
  const allowed = QUEUE_ARGUMENTS[queue.type];
  for (const [key, value] of Object.entries(queue.arguments)) {
    if (value === undefined) continue;
    const since = allowed[key];
    if (!since) {
      ctx.errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" sets ${key}, which ${queue.type} queues do not support.` });
      continue;
    }
    if (!atLeast(version, since[0], since[1])) {
      ctx.errors.push({
        nodeId: queue.id,
        message: `Queue "${queue.name}" sets ${key}, which ${queue.type} queues support from RabbitMQ ${since[0]}.${since[1]}; the target is ${versionLabel(version)}.`,
      });
      continue;
    }
    if (key === 'x-overflow' && value === 'reject-publish-dlx' && queue.type === 'quorum') {
      ctx.errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" sets x-overflow to reject-publish-dlx, which quorum queues do not support (use reject-publish or drop-head).` });
      continue;
    }
    if (key === 'x-delivery-limit' && value === -1) {
      // -1 means "unlimited": RabbitMQ 4 spells it -1, RabbitMQ 3 by leaving the argument out (it rejects -1).
      if (atLeast(version, 4, 0)) args[key] = value;
      continue;
    }
    args[key] = value;
  }
}

/** The dead-letter connection as x-arguments, unless the applied policy already dead-letters exactly there. */
function addDeadLetterArguments(ctx: TopologyContext, queue: ResolvedRabbitmqQueue, applied: PolicyDefinition | undefined, args: Arguments): void {
  const deadLetter = ctx.single(queue.id, queue.name, 'dead-letter', 'dead-letter exchange');
  if (deadLetter) {
    if (queue.type === 'stream') {
      ctx.errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is a stream, and streams do not dead-letter: remove its dead-letter connection.` });
    } else {
      const target = ctx.sameVhostExchange(queue, deadLetter, 'dead-letter exchange');
      const fromPolicy = applied?.['dead-letter-exchange'] === target?.name && applied?.['dead-letter-routing-key'] === deadLetter.routingKey;
      // Written as arguments unless the policy that applies already dead-letters exactly there.
      if (target && !fromPolicy) {
        args['x-dead-letter-exchange'] = target.name;
        if (deadLetter.routingKey !== undefined) {
          if (utf8Length(deadLetter.routingKey) > 255) {
            ctx.errors.push({ nodeId: queue.id, message: `The dead-letter routing key of "${queue.name}" is longer than 255 bytes, which RabbitMQ does not allow.` });
          } else args['x-dead-letter-routing-key'] = deadLetter.routingKey;
        }
      }
    }
  }
}
