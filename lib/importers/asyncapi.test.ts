import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../design';
import { asyncapiImporter } from './asyncapi';
import type { ImportResult } from './importer';

function ok(result: ImportResult): { design: Design; report: string } {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  return { design: result.design, report: result.report.map((n) => `${n.path}: ${n.message}`).join('\n') };
}

const run = (text: string) => ok(asyncapiImporter.import(text));
const node = (design: Design, name: string): DesignNode => {
  const found = design.nodes.find((n) => n.name === name);
  if (!found) throw new Error(`no node "${name}" in ${design.nodes.map((n) => n.name).join(', ')}`);
  return found;
};
const edges = (design: Design) =>
  design.connections
    .map((c) => `${c.kind} ${design.nodes.find((n) => n.id === c.from)!.name} -> ${design.nodes.find((n) => n.id === c.to)!.name}${c.routingKey !== undefined ? ` [${c.routingKey}]` : ''}`)
    .sort();

describe('AsyncAPI import', () => {
  it('detects 2.x and 3.x documents in YAML and JSON', () => {
    expect(asyncapiImporter.detect('asyncapi: 3.0.0\ninfo: {}')).toBe(true);
    expect(asyncapiImporter.detect("asyncapi: '2.6.0'")).toBe(true);
    expect(asyncapiImporter.detect('{"info": {}, "asyncapi": "2.0.0"}')).toBe(true);
    expect(asyncapiImporter.detect('openapi: 3.0.0')).toBe(false);
  });

  it('reads 2.x publish as the application receiving and subscribe as it sending, like 3.x receive/send', () => {
    const v2 = run(`asyncapi: '2.6.0'
info: { title: App, version: '1' }
servers: { k: { url: 'k:9092', protocol: kafka } }
channels:
  incoming:
    publish: { operationId: onIncoming, message: { payload: { type: string } } }
  outgoing:
    subscribe: { operationId: sendOutgoing, message: { payload: { type: string } } }
`);
    const v3 = run(`asyncapi: 3.0.0
info: { title: App, version: '1' }
servers: { k: { host: 'k:9092', protocol: kafka } }
channels:
  incoming: { address: incoming }
  outgoing: { address: outgoing }
operations:
  onIncoming: { action: receive, channel: { $ref: '#/channels/incoming' } }
  sendOutgoing: { action: send, channel: { $ref: '#/channels/outgoing' } }
`);
    const expected = ['consume incoming -> App', 'publish App -> outgoing'];
    expect(edges(v2.design)).toEqual(expected);
    expect(edges(v3.design)).toEqual(expected);
    expect(node(v2.design, 'App').kind).toBe('consumer-group');
  });

  it('maps Kafka channel bindings to the topic and operation bindings to the service', () => {
    const { design, report } = run(`asyncapi: 3.0.0
info: { title: Orders, version: '1' }
servers:
  prod: { host: 'kafka:9092', protocol: kafka, protocolVersion: '3.7', bindings: { kafka: { schemaRegistryUrl: 'http://sr' } } }
channels:
  created:
    address: orders.created
    messages: { m: { $ref: '#/components/messages/OrderCreated' } }
    bindings:
      kafka:
        topic: orders.created.v1
        partitions: 12
        replicas: 3
        topicConfiguration: { cleanup.policy: [compact, delete], retention.ms: 86400000, confluent.value.schema.validation: true }
operations:
  consume:
    action: receive
    channel: { $ref: '#/channels/created' }
    bindings: { kafka: { groupId: { type: string, enum: [billing] } } }
components:
  messages:
    OrderCreated:
      name: OrderCreated
      payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { type: record, name: OrderCreated, fields: [] } }
`);
    const topic = node(design, 'orders.created.v1');
    expect(topic).toMatchObject({ kind: 'kafka-topic', partitions: 12, replicationFactor: 3 });
    expect(topic.kind === 'kafka-topic' && topic.config).toMatchObject({ 'cleanup.policy': 'compact,delete', 'retention.ms': 86_400_000 });
    expect(topic.kind === 'kafka-topic' && topic.messageSchema).toMatchObject({ name: 'OrderCreated', format: 'avro', registry: true });
    expect(report).toMatch(/confluent.value.schema.validation/);
    expect(design.clusters[0]).toMatchObject({ broker: 'kafka', version: '3.7', environment: 'production' });
    expect(node(design, 'billing')).toMatchObject({ kind: 'consumer-group', groupId: 'billing' });
  });

  it('maps AMQP queues and exchanges; a publish to an exchange carries the routing key', () => {
    const { design, report } = run(`asyncapi: 3.0.0
info: { title: Shop, version: '1' }
servers: { rabbit: { host: 'r:5672', protocol: amqp } }
channels:
  events:
    address: order.created
    bindings: { amqp: { is: routingKey, exchange: { name: shop.events, type: topic, durable: true, vhost: shop } } }
  work:
    address: work
    bindings: { amqp: { is: queue, queue: { name: shop.work, durable: true, exclusive: false, vhost: shop } } }
operations:
  publish: { action: send, channel: { $ref: '#/channels/events' }, bindings: { amqp: { deliveryMode: 1, mandatory: true } } }
  publishOther: { action: send, channel: { $ref: '#/channels/events' }, bindings: { amqp: { cc: [order.cancelled] } } }
`);
    expect(node(design, 'shop.events')).toMatchObject({ kind: 'rabbitmq-exchange', type: 'topic', vhost: 'shop' });
    expect(node(design, 'shop.work')).toMatchObject({ kind: 'rabbitmq-queue', type: 'classic', vhost: 'shop' });
    expect(edges(design)).toEqual(['publish Shop -> shop.events [order.cancelled]', 'publish Shop -> shop.events [order.created]']);
    expect(node(design, 'Shop')).toMatchObject({ kind: 'producer', rabbitmq: { persistent: false, mandatory: true } });
    expect(report).not.toMatch(/cc/);
  });

  it('binds the queue a 2.x amqp binding names to its exchange, and reports receivers on a bare exchange', () => {
    const { design, report } = run(`asyncapi: '2.6.0'
info: { title: Worker, version: '1' }
servers: { rabbit: { url: 'r', protocol: amqp } }
channels:
  user.signedup:
    bindings: { amqp: { is: routingKey, exchange: { name: users, type: topic }, queue: { name: welcome-mails } } }
    publish: { operationId: onSignup }
  audit:
    bindings: { amqp: { is: routingKey, exchange: { name: audit, type: fanout } } }
    publish: { operationId: onAudit }
`);
    expect(edges(design)).toEqual(['bind users -> welcome-mails [user.signedup]', 'consume welcome-mails -> Worker']);
    expect(report).toMatch(/channel "audit" is the exchange "audit": RabbitMQ consumers read from a queue bound to it/);
  });

  it('sends replies of a receive operation to the reply channel', () => {
    const { design } = run(`asyncapi: 3.0.0
info: { title: Pricing, version: '1' }
servers: { k: { host: k, protocol: kafka-secure } }
channels:
  requests: { address: price.requests }
  replies: { address: price.replies }
operations:
  answer:
    action: receive
    channel: { $ref: '#/channels/requests' }
    reply: { channel: { $ref: '#/channels/replies' } }
`);
    expect(edges(design)).toEqual(['consume price.requests -> Pricing', 'publish Pricing -> price.replies']);
  });

  it('reports servers and channels of protocols the design has no kinds for, and imports the rest', () => {
    const { design, report } = run(`asyncapi: 3.0.0
info: { title: Mixed, version: '1' }
servers:
  broker: { host: m, protocol: mqtt }
  kafka: { host: k, protocol: kafka }
channels:
  lights: { address: lights, servers: [{ $ref: '#/servers/broker' }] }
  orders: { address: orders, servers: [{ $ref: '#/servers/kafka' }] }
operations:
  dim: { action: send, channel: { $ref: '#/channels/lights' } }
  order: { action: send, channel: { $ref: '#/channels/orders' } }
`);
    expect(design.nodes.map((n) => n.name).sort()).toEqual(['Mixed', 'orders']);
    expect(report).toMatch(/servers.broker: Server "broker" uses protocol "mqtt"/);
    expect(report).toMatch(/channels.lights: Channel "lights" is skipped/);
    expect(report).toMatch(/operations.dim: Operation "dim" is skipped/);
  });

  it('takes the broker from bindings when there are no servers, and refuses when nothing says', () => {
    const { design, report } = run(`asyncapi: 3.0.0
info: { title: NoServers, version: '1' }
channels:
  t: { address: t, bindings: { kafka: { partitions: 2 } } }
`);
    expect(design.clusters).toMatchObject([{ broker: 'kafka' }]);
    expect(report).toMatch(/no servers; a Kafka cluster was added/);
    const refused = asyncapiImporter.import('asyncapi: 3.0.0\ninfo: {title: x, version: "1"}\nchannels:\n  c: { address: c }\n');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0].message).toMatch(/no broker is known/);
  });

  it('groups operations by x-queuewright-service and NATS queue groups', () => {
    const { design } = run(`asyncapi: 3.0.0
info: { title: Doc, version: '1' }
servers: { n: { host: n, protocol: nats } }
channels:
  orders: { address: 'orders.*', title: ORDERS }
operations:
  a: { action: send, channel: { $ref: '#/channels/orders' }, x-queuewright-service: { id: api, name: Order API } }
  b: { action: receive, channel: { $ref: '#/channels/orders' }, bindings: { nats: { queue: workers } } }
`);
    expect(node(design, 'ORDERS')).toMatchObject({ kind: 'nats-stream', subjects: ['orders.*'] });
    expect(node(design, 'Order API').kind).toBe('producer');
    expect(node(design, 'workers')).toMatchObject({ kind: 'consumer-group', nats: { deliver_group: 'workers' } });
  });

  it('keeps the payload schema with local references resolved, and reports external ones without fetching them', () => {
    const { design, report } = run(`asyncapi: 3.0.0
info: { title: S, version: '1' }
servers: { k: { host: k, protocol: kafka } }
channels:
  t:
    address: t
    messages:
      a: { payload: { type: object, properties: { id: { $ref: '#/components/schemas/Id' }, self: { $ref: '#/components/schemas/Node' } } } }
      b: { payload: { $ref: 'https://example.invalid/schema.json' } }
components:
  schemas:
    Id: { type: string, format: uuid }
    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } } }
`);
    const topic = node(design, 't');
    const schema = topic.kind === 'kafka-topic' ? topic.messageSchema : undefined;
    expect(schema?.format).toBe('json-schema');
    expect(JSON.parse(schema!.definition!).properties.id).toEqual({ type: 'string', format: 'uuid' });
    expect(JSON.parse(schema!.definition!).properties.self.properties.next).toEqual({ $ref: '#/components/schemas/Node' });
    expect(report).toMatch(/carries 2 message types/);
  });

  it('reads names such as constructor and prototype as ordinary names, and refuses __proto__', () => {
    const { design } = run(`asyncapi: 3.0.0
info: { title: P, version: '1' }
servers: { k: { host: k, protocol: kafka } }
channels:
  constructor:
    address: prototype
    messages: { prototype: { name: constructor, payload: { type: object, properties: { constructor: { type: string } } } } }
operations:
  prototype: { action: send, channel: { $ref: '#/channels/constructor' } }
`);
    const topic = node(design, 'prototype');
    expect(topic.kind === 'kafka-topic' && JSON.parse(topic.messageSchema.definition!)).toEqual({ type: 'object', properties: { constructor: { type: 'string' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const refused = asyncapiImporter.import('{"asyncapi": "3.0.0", "channels": {"__proto__": {"polluted": true}}}');
    expect(!refused.ok && refused.errors[0].message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses versions it does not read and documents that are not AsyncAPI', () => {
    expect(asyncapiImporter.import('asyncapi: 1.2.0\n').ok).toBe(false);
    expect(asyncapiImporter.import('openapi: 3.0.0\n').ok).toBe(false);
    expect(asyncapiImporter.import('asyncapi: [\n').ok).toBe(false);
  });
});
