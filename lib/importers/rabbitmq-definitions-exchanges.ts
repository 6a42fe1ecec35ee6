import { RABBITMQ_EXCHANGE_TYPES } from '../design';
import { bool, describe, isRecord, keyPath, short, str } from './builder';
import type { DefinitionsContext } from './rabbitmq-definitions-context';
import type { Rec } from './rabbitmq-definitions-scope';

/**
 * The `exchanges` section of a RabbitMQ definitions file, and the alternate
 * exchanges that an exchange's argument or its policy names. `amq.*` names
 * are built in (RabbitMQ skips them on import).
 */

const EXCHANGE_TYPES: ReadonlySet<string> = new Set(RABBITMQ_EXCHANGE_TYPES);
/** Longest queue or exchange name RabbitMQ accepts (bytes; characters here, which is at least as strict for ASCII). */
export const MAX_RESOURCE_NAME = 255;

/** An exchange's arguments, read after every exchange is known. */
export interface ExchangeArguments {
  id: string;
  vhost: string;
  args: Rec;
  path: string;
}

/** Adds a node for each declared exchange; returns their arguments for `linkAlternates`. */
export function readExchanges(ctx: DefinitionsContext, exchanges: unknown[]): ExchangeArguments[] {
  const withArgs: ExchangeArguments[] = [];
  exchanges.forEach((raw, i) => readExchange(ctx, raw, `exchanges[${i}]`, withArgs));
  return withArgs;
}

function readExchange(ctx: DefinitionsContext, raw: unknown, path: string, withArgs: ExchangeArguments[]): void {
  const { b } = ctx;
  if (!isRecord(raw)) return b.note(path, 'Not an object; skipped.');
  const name = raw.name;
  if (typeof name !== 'string') return b.note(path, 'An exchange without a "name" is skipped (RabbitMQ rejects it).');
  const vhost = ctx.vhostOf(raw, path, `Exchange "${short(name)}"`);
  if (vhost === undefined) return;
  ctx.checkVhost(vhost, `${path}.vhost`);
  if (name === '') return b.note(path, 'The default exchange ("") is built in and cannot be declared; skipped.');
  if (name.startsWith('amq.')) return b.note(path, `"${short(name)}" is a built-in exchange (RabbitMQ skips amq.* names on import); it appears in the design only if a binding uses it.`);
  if (name.length > MAX_RESOURCE_NAME) return b.note(`${path}.name`, `The name is ${name.length} characters; RabbitMQ allows ${MAX_RESOURCE_NAME}. Skipped.`);
  if (ctx.exchanges.has(vhost, name)) return b.note(path, `Exchange "${short(name)}" in vhost "${short(vhost)}" is declared twice; the first declaration is kept.`);
  const props: Rec = { vhost, type: exchangeType(ctx, raw, path), cluster: ctx.cluster };
  const durable = bool(raw.durable);
  const autoDelete = bool(raw.auto_delete);
  const internal = bool(raw.internal);
  if (durable !== undefined) props.durable = durable;
  else b.note(`${path}.durable`, 'Missing "durable" (RabbitMQ requires it); durable is assumed.');
  if (autoDelete !== undefined) props.autoDelete = autoDelete;
  else b.note(`${path}.auto_delete`, 'Missing "auto_delete" (RabbitMQ requires it); false is assumed.');
  if (internal !== undefined) props.internal = internal;
  const id = b.addNode('rabbitmq-exchange', name, props, path);
  if (!id) return;
  ctx.exchanges.declare(vhost, name, id);
  if (raw.arguments !== undefined && !isRecord(raw.arguments)) b.note(`${path}.arguments`, 'Arguments must be an object; ignored.');
  else if (isRecord(raw.arguments)) withArgs.push({ id, vhost, args: raw.arguments, path });
}

/** The exchange's type; a plugin's type becomes the one it delays (`x-delayed-type`) or direct. */
function exchangeType(ctx: DefinitionsContext, raw: Rec, path: string): string {
  const type = str(raw.type);
  if (type === undefined) {
    ctx.b.note(`${path}.type`, 'No exchange type (RabbitMQ requires one); direct is assumed.');
    return 'direct';
  }
  if (EXCHANGE_TYPES.has(type)) return type;
  const args = isRecord(raw.arguments) ? raw.arguments : {};
  const delayed = str(args['x-delayed-type']);
  const mapped = delayed && EXCHANGE_TYPES.has(delayed) ? delayed : 'direct';
  ctx.b.note(`${path}.type`, `Exchange type "${short(type)}" comes from a plugin the design cannot represent; imported as a ${mapped} exchange.`);
  return mapped;
}

/** Alternate-exchange connections: the exchange's argument wins over its policy. */
export function linkAlternates(ctx: DefinitionsContext, withArgs: ExchangeArguments[]): void {
  const { b } = ctx;
  const alternates = new Map<string, { name: unknown; path: string; vhost: string }>();
  for (const e of withArgs) {
    for (const [arg, value] of Object.entries(e.args)) {
      if (arg === 'alternate-exchange') alternates.set(e.id, { name: value, path: keyPath(`${e.path}.arguments`, arg), vhost: e.vhost });
      else if (arg !== 'x-delayed-type') b.note(keyPath(`${e.path}.arguments`, arg), `Exchange argument "${short(arg)}" = ${describe(value)} is not represented in the design.`);
    }
  }
  for (const [key, id] of ctx.exchanges.declared) {
    const [vhost, name] = key.split('\u0000');
    const node = b.node(id);
    if (!node || name.startsWith('amq.')) continue;
    const policy = ctx.policyFor({ kind: 'exchange', vhost, name });
    const alternate = policy?.definition['alternate-exchange'];
    if (policy && alternate !== undefined && !alternates.has(id)) alternates.set(id, { name: alternate, path: keyPath(`policies[${policy.index}].definition`, 'alternate-exchange'), vhost });
  }
  for (const [from, alt] of alternates) {
    if (typeof alt.name !== 'string' || alt.name === '') {
      b.note(alt.path, `The alternate exchange must be a name, not ${describe(alt.name)}; not kept.`);
      continue;
    }
    const target = ctx.exchanges.findOrExternal(alt.vhost, alt.name, alt.path, 'Alternate exchange', 'unroutable messages are dropped');
    if (target) b.connect('alternate', from, target, {}, alt.path);
  }
}
