/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `asyncapi` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'asyncapi',
  seeds: [
    `asyncapi: 3.0.0
info: { title: Seed, version: 1.0.0 }
servers:
  k: { host: 'localhost:9092', protocol: kafka }
  r: { host: 'localhost:5672', protocol: amqp }
channels:
  orders:
    address: orders.created
    servers: [{ $ref: '#/servers/k' }]
    messages: { m: { $ref: '#/components/messages/M' } }
    bindings: { kafka: { partitions: 6, replicas: 3, topicConfiguration: { cleanup.policy: [delete], retention.ms: 1000 } } }
  work:
    address: work
    servers: [{ $ref: '#/servers/r' }]
    bindings: { amqp: { is: queue, queue: { name: work, durable: true } } }
  events:
    address: order.created
    servers: [{ $ref: '#/servers/r' }]
    bindings: { amqp: { is: routingKey, exchange: { name: events, type: topic } } }
operations:
  send: { action: send, channel: { $ref: '#/channels/orders' }, bindings: { kafka: { clientId: { type: string, enum: [svc] } } } }
  recv: { action: receive, channel: { $ref: '#/channels/work' }, reply: { channel: { $ref: '#/channels/events' } } }
components:
  messages:
    M: { name: M, payload: { type: object, properties: { a: { $ref: '#/components/schemas/A' } } } }
  schemas:
    A: { type: string }
`,
    `asyncapi: '2.6.0'
info: { title: Seed2, version: '1' }
servers: { s: { url: 'localhost', protocol: amqp } }
channels:
  q:
    bindings: { amqp: { is: routingKey, exchange: { name: ex, type: direct }, queue: { name: q } } }
    publish: { operationId: p, message: { payload: { type: string } } }
    subscribe: { operationId: s, bindings: { amqp: { deliveryMode: 2 } } }
`,
  ],
};
