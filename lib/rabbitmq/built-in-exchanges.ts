/**
 * The exchanges RabbitMQ creates in every vhost (`rabbit_vhost:add/2`, 3.x
 * and 4.x), with their types. They cannot be declared (clients may not
 * declare `amq.*` names, and `rabbit_definitions` skips them on import), but
 * bindings from and to them are ordinary bindings. `amq.rabbitmq.log` exists
 * only in the default vhost and only when the log exchange is on; a binding
 * from it fails where it does not exist.
 */
export const BUILT_IN_EXCHANGES: Readonly<Record<string, { type: 'direct' | 'fanout' | 'topic' | 'headers'; internal: boolean }>> = {
  'amq.direct': { type: 'direct', internal: false },
  'amq.fanout': { type: 'fanout', internal: false },
  'amq.topic': { type: 'topic', internal: false },
  'amq.headers': { type: 'headers', internal: false },
  'amq.match': { type: 'headers', internal: false },
  'amq.rabbitmq.trace': { type: 'topic', internal: true },
  'amq.rabbitmq.log': { type: 'topic', internal: true },
};

/** The built-in exchange called `name`, if it is one. */
export function builtInExchange(name: string): (typeof BUILT_IN_EXCHANGES)[string] | undefined {
  return Object.hasOwn(BUILT_IN_EXCHANGES, name) ? BUILT_IN_EXCHANGES[name] : undefined;
}
