import { bool, describe, isRecord, keyPath, short, type DesignBuilder } from './builder';
import type { DefinitionsContext } from './rabbitmq-definitions-context';
import { MAX_RESOURCE_NAME } from './rabbitmq-definitions-exchanges';
import { policySettings } from './rabbitmq-definitions-policies';
import type { Rec } from './rabbitmq-definitions-scope';

/**
 * The `queues` section of a RabbitMQ definitions file: queue type from
 * `x-queue-type`, else the exported `type`, else the vhost's default; the
 * x-arguments the design knows; what the queue's policy gives it; and its
 * dead-letter exchange (the argument wins over the policy).
 */

const QUEUE_TYPES = new Set(['classic', 'quorum', 'stream']);

/** x-arguments the queue node holds, by name. */
const QUEUE_ARGUMENTS = new Set([
  'x-message-ttl',
  'x-expires',
  'x-max-length',
  'x-max-length-bytes',
  'x-overflow',
  'x-delivery-limit',
  'x-dead-letter-strategy',
  'x-single-active-consumer',
  'x-max-priority',
  'x-quorum-initial-group-size',
  'x-max-age',
  'x-queue-mode',
  'x-consumer-timeout',
]);

/** A queue's dead-letter exchange, linked once every exchange is known. */
export interface DeadLetter {
  queue: string;
  vhost: string;
  exchange: unknown;
  routingKey: unknown;
  path: string;
  viaPolicy?: string;
}

export interface QueueNodes {
  /** `${vhost}\u0000${name}` → node id. */
  ids: Map<string, string>;
  deadLetters: DeadLetter[];
}

/** Adds a node for each queue. */
export function readQueues(ctx: DefinitionsContext, queues: unknown[], defaultQueueType: Map<string, string>): QueueNodes {
  const out: QueueNodes = { ids: new Map(), deadLetters: [] };
  queues.forEach((raw, i) => readQueue(ctx, raw, `queues[${i}]`, defaultQueueType, out));
  return out;
}

function readQueue(ctx: DefinitionsContext, raw: unknown, path: string, defaultQueueType: Map<string, string>, out: QueueNodes): void {
  const { b } = ctx;
  if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
  const name = raw.name;
  if (typeof name !== 'string' || name === '') return b.note(path, 'A queue without a "name" is skipped (RabbitMQ rejects it).');
  const vhost = ctx.vhostOf(raw, path, `Queue "${short(name)}"`);
  if (vhost === undefined) return;
  ctx.checkVhost(vhost, `${path}.vhost`);
  if (name.startsWith('amq.')) return b.note(path, `"${short(name)}" is a server-named queue (amq.*); RabbitMQ skips it on import, and so does the design.`);
  if (name.length > MAX_RESOURCE_NAME) return b.note(`${path}.name`, `The name is ${name.length} characters; RabbitMQ allows ${MAX_RESOURCE_NAME}. Skipped.`);
  const key = `${vhost}\u0000${name}`;
  if (out.ids.has(key)) return b.note(path, `Queue "${short(name)}" in vhost "${short(vhost)}" is declared twice; the first declaration is kept.`);

  const args: Rec = raw.arguments === undefined || raw.arguments === null ? {} : isRecord(raw.arguments) ? raw.arguments : {};
  if (raw.arguments !== undefined && raw.arguments !== null && !isRecord(raw.arguments)) b.note(`${path}.arguments`, 'Arguments must be an object; ignored.');
  // Without a type of its own, a queue is its vhost's default_queue_type, which the file says; failing that the
  // type stays unset (the broker's default), never recorded as if the file had said classic.
  let type = queueType(b, raw, args, path);
  const dqt = defaultQueueType.get(vhost);
  if (!type && dqt && QUEUE_TYPES.has(dqt)) type = dqt;

  const props: Rec = { vhost, cluster: ctx.cluster, ...(type !== undefined ? { type } : {}) };
  const durable = bool(raw.durable);
  const autoDelete = bool(raw.auto_delete);
  if (durable !== undefined) props.durable = durable;
  else b.note(`${path}.durable`, 'Missing "durable" (RabbitMQ requires it); durable is assumed.');
  if (autoDelete !== undefined) props.autoDelete = autoDelete;
  else b.note(`${path}.auto_delete`, 'Missing "auto_delete" (RabbitMQ requires it); false is assumed.');
  if (bool(raw.exclusive) !== undefined) props.exclusive = bool(raw.exclusive);
  props.arguments = queueArguments(b, args, path);

  // A policy's apply-to sees the queue's real type: without one, RabbitMQ's default, classic.
  const policy = ctx.policyFor({ kind: 'queue', vhost, name, queueType: type ?? 'classic' });
  const fromPolicy = policy && policySettings(b, policy, name);
  if (fromPolicy) props.policy = fromPolicy;

  const id = b.addNode('rabbitmq-queue', name, props, path);
  if (!id) return;
  out.ids.set(key, id);

  const dlx = args['x-dead-letter-exchange'];
  const dlrk = args['x-dead-letter-routing-key'];
  if (dlx !== undefined) out.deadLetters.push({ queue: id, vhost, exchange: dlx, routingKey: dlrk, path: `${path}.arguments` });
  else if (policy && policy.definition['dead-letter-exchange'] !== undefined) {
    out.deadLetters.push({
      queue: id,
      vhost,
      exchange: policy.definition['dead-letter-exchange'],
      routingKey: dlrk ?? policy.definition['dead-letter-routing-key'],
      path: `policies[${policy.index}].definition`,
      viaPolicy: policy.name,
    });
  } else if (dlrk !== undefined) b.note(keyPath(`${path}.arguments`, 'x-dead-letter-routing-key'), 'A dead-letter routing key without a dead-letter exchange has no effect; not kept.');
}

/** The queue's own type: `x-queue-type`, else the exported `type`; undefined when neither is a known type. */
function queueType(b: DesignBuilder, raw: Rec, args: Rec, path: string): string | undefined {
  const argType = args['x-queue-type'];
  const topType = raw.type;
  if (argType === undefined) {
    if (typeof topType === 'string' && QUEUE_TYPES.has(topType)) return topType;
    if (topType !== undefined) noteUnknownType(b, `${path}.type`, topType);
    return undefined;
  }
  const known = typeof argType === 'string' && QUEUE_TYPES.has(argType);
  if (!known) noteUnknownType(b, keyPath(`${path}.arguments`, 'x-queue-type'), argType);
  if (typeof topType === 'string' && topType !== argType && QUEUE_TYPES.has(topType)) {
    b.note(`${path}.type`, `"type" says ${topType} but x-queue-type says ${describe(argType)}; RabbitMQ declares the queue with the argument, and so does the design.`);
  }
  return known ? (argType as string) : undefined;
}

function noteUnknownType(b: DesignBuilder, path: string, type: unknown): void {
  b.note(path, `Queue type ${describe(type)} is not classic, quorum or stream; not kept (the queue gets its vhost's or the broker's default type).`);
}

/** The x-arguments the design holds; the rest are reported. The type and dead-letter arguments are read elsewhere. */
function queueArguments(b: DesignBuilder, args: Rec, path: string): Rec {
  const kept: Rec = {};
  for (const [arg, value] of Object.entries(args)) {
    if (arg === 'x-queue-type' || arg === 'x-dead-letter-exchange' || arg === 'x-dead-letter-routing-key') continue;
    if (QUEUE_ARGUMENTS.has(arg)) kept[arg] = value;
    else b.note(keyPath(`${path}.arguments`, arg), `Queue argument "${short(arg)}" = ${describe(value)} is not represented in the design.`);
  }
  return kept;
}

/** Dead-letter connections, from each queue's argument or policy. */
export function linkDeadLetters(ctx: DefinitionsContext, deadLetters: DeadLetter[]): void {
  const { b } = ctx;
  for (const dl of deadLetters) {
    const exPath = dl.viaPolicy ? `${dl.path}.dead-letter-exchange` : keyPath(dl.path, 'x-dead-letter-exchange');
    if (typeof dl.exchange !== 'string') {
      b.note(exPath, `The dead-letter exchange must be a name, not ${describe(dl.exchange)}; not kept.`);
      continue;
    }
    if (dl.exchange === '') {
      b.note(exPath, 'Dead-lettering to the default exchange ("") routes straight to the queue named by the routing key; the design cannot show it, so it is not kept.');
      continue;
    }
    const target = ctx.exchanges.findOrExternal(dl.vhost, dl.exchange, exPath, 'Dead-letter exchange', 'dead-lettered messages are dropped');
    if (!target) continue;
    const props: Rec = {};
    if (typeof dl.routingKey === 'string') props.routingKey = dl.routingKey;
    else if (dl.routingKey !== undefined) b.note(exPath.replace(/exchange([^.]*)$/, 'routing-key$1'), `The dead-letter routing key must be text, not ${describe(dl.routingKey)}; not kept.`);
    b.connect('dead-letter', dl.queue, target, props, exPath);
  }
}
