import { RESERVED_KEYS, describe, isRecord, keyPath, short, type DesignBuilder } from './builder';
import type { DefinitionsContext } from './rabbitmq-definitions-context';
import type { Rec } from './rabbitmq-definitions-scope';

/**
 * The `bindings` section of a RabbitMQ definitions file: each becomes a bind
 * connection (routing key and arguments kept); one whose source or
 * destination is not in the file is reported, as RabbitMQ would refuse it.
 */

/** Longest routing key kept; RabbitMQ allows 255 bytes, so anything longer is certainly refused. */
const MAX_ROUTING_KEY = 1000;

/** Adds a bind connection for each binding; `queues` maps `${vhost}\u0000${name}` to the queue's node id. */
export function readBindings(ctx: DefinitionsContext, bindings: unknown[], queues: Map<string, string>): void {
  bindings.forEach((raw, i) => readBinding(ctx, raw, `bindings[${i}]`, queues));
}

function readBinding(ctx: DefinitionsContext, raw: unknown, path: string, queues: Map<string, string>): void {
  const { b } = ctx;
  if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
  const vhost = ctx.vhostOf(raw, path, 'Binding');
  if (vhost === undefined) return;
  ctx.checkVhost(vhost, `${path}.vhost`);
  const source = raw.source;
  const destination = raw.destination;
  const destinationType = raw.destination_type;
  if (typeof source !== 'string' || typeof destination !== 'string') return b.note(path, 'A binding needs a "source" and a "destination" name; skipped.');
  if (source === '') return b.note(`${path}.source`, `A binding from the default exchange ("") is implicit for every queue and cannot be declared; skipped.`);
  if (destinationType !== 'queue' && destinationType !== 'exchange') {
    return b.note(`${path}.destination_type`, `"destination_type" must be "queue" or "exchange", not ${describe(destinationType)}; the binding is skipped.`);
  }
  const from = ctx.exchanges.find(vhost, source, `${path}.source`);
  if (!from) return b.note(`${path}.source`, `The binding's source exchange "${short(source)}" is not declared in this file (vhost "${short(vhost)}"); RabbitMQ would refuse the binding. Skipped.`);
  const to = destinationType === 'queue' ? queues.get(`${vhost}\u0000${destination}`) : ctx.exchanges.find(vhost, destination, `${path}.destination`);
  if (!to) {
    return b.note(
      `${path}.destination`,
      `The binding's destination ${destinationType} "${short(destination)}" is not declared in this file (vhost "${short(vhost)}")${destination.startsWith('amq.') ? ' or is server-named' : ''}; RabbitMQ would refuse the binding. Skipped.`,
    );
  }
  const props: Rec = {};
  if (typeof raw.routing_key === 'string') props.routingKey = raw.routing_key;
  else if (raw.routing_key !== undefined) b.note(`${path}.routing_key`, `The routing key must be text, not ${describe(raw.routing_key)}; "" is used.`);
  else b.note(`${path}.routing_key`, 'Missing "routing_key" (RabbitMQ requires it, "" for fanout and headers); "" is used.');
  const args = isRecord(raw.arguments) ? bindingArguments(b, raw.arguments, path) : undefined;
  if (args) props.arguments = args;
  if (typeof props.routingKey === 'string' && props.routingKey.length > MAX_ROUTING_KEY) {
    return b.note(`${path}.routing_key`, 'The routing key is longer than 1000 characters (RabbitMQ allows 255 bytes); the binding is skipped.');
  }
  b.connect('bind', from, to, props, path);
}

/** The binding's arguments that are single values; the rest are reported. */
function bindingArguments(b: DesignBuilder, args: Rec, path: string): Rec | undefined {
  const kept: Rec = {};
  for (const [k, v] of Object.entries(args)) {
    if (RESERVED_KEYS.has(k)) b.note(keyPath(`${path}.arguments`, k), `A binding argument named "${k}" cannot be kept in a design.`);
    else if ((typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && k.length <= 255) kept[k] = v;
    else b.note(keyPath(`${path}.arguments`, k), `Binding argument ${describe(v)} is not a single value; not kept.`);
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
