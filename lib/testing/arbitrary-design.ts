import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../rules/test-design';

/**
 * fast-check arbitraries for whole designs, for exporter property tests.
 * Names are drawn from a pool that includes the awkward ones (quotes, `$`,
 * spaces, YAML look-alikes such as `yes`, `null` or `2001-12-14`, non-ASCII),
 * so exporters are exercised on what users actually type.
 */

const AWKWARD_NAMES = [
  'orders', 'orders.created.v1', 'yes', 'no', 'on', 'null', '~', '2001-12-14', '0x1F', '1e3', '3.10', '+12', 'true',
  "it's", 'say "hi"', 'a b', 'tab\there', 'dollar $HOME', '${var.x}', '%{ if }', 'back\\slash', 'café', 'naïve.queue', '日本語', 'emoji 🚀',
  'semi;colon', 'pipe|amp&', 'star*', 'hash#tag', 'q?x', 'brace{x}', 'dash-name', 'under_score', 'slash/name', 'at@sign', 'percent%20',
];

/** A name: either a plain token or one from the awkward pool. */
export const arbName = fc.oneof(
  fc.constantFrom(...AWKWARD_NAMES),
  fc.stringMatching(/^[a-z][a-z0-9.\-_]{0,20}$/),
  fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
);

const topicWord = fc.constantFrom('order', 'orders', 'created', 'eu', 'us', 'shipped', 'a', '');
const bindingWord = fc.oneof(topicWord, fc.constant('*'), fc.constant('#'));
export const arbRoutingKey = fc.array(topicWord, { minLength: 0, maxLength: 4 }).map((w) => w.join('.'));
export const arbBindingKey = fc.array(bindingWord, { minLength: 0, maxLength: 4 }).map((w) => w.join('.'));

export interface RabbitDesignOptions {
  /** The vhost every RabbitMQ node lives in. */
  vhost?: string;
  /** Keep names to what the broker accepts and a shell/HCL round trip can carry (no NUL, no `amq.` prefix). */
  names?: fc.Arbitrary<string>;
  version?: string;
}

/**
 * A RabbitMQ design: exchanges of every type, classic / quorum queues with
 * type-appropriate arguments, bindings (routing keys with `*` and `#`, headers
 * arguments), alternate exchanges and dead-letter exchanges. Names are unique
 * per kind, as the broker needs.
 */
export function arbRabbitDesign(options: RabbitDesignOptions = {}): fc.Arbitrary<Design> {
  const vhost = options.vhost ?? '/';
  const names = options.names ?? arbName.filter((n) => !n.startsWith('amq.') && !n.includes('\u0000'));
  return fc
    .record({
      exchanges: fc.uniqueArray(
        fc.record({ name: names, type: fc.constantFrom('direct', 'fanout', 'topic', 'headers') as fc.Arbitrary<'direct' | 'fanout' | 'topic' | 'headers'>, durable: fc.boolean() }),
        { minLength: 1, maxLength: 4, selector: (e) => e.name },
      ),
      queues: fc.uniqueArray(
        fc.record({
          name: names,
          type: fc.constantFrom('classic', 'quorum') as fc.Arbitrary<'classic' | 'quorum'>,
          ttl: fc.option(fc.integer({ min: 1000, max: 600_000 }), { nil: undefined }),
          maxLength: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
          deliveryLimit: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
          priority: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 5, selector: (q) => q.name },
      ),
      bindings: fc.array(
        fc.record({ from: fc.nat(), to: fc.nat(), toExchange: fc.boolean(), key: arbBindingKey, xMatch: fc.constantFrom('all', 'any', 'all-with-x', 'any-with-x'), header: fc.constantFrom('red', 'blue', 1, true) }),
        { maxLength: 8 },
      ),
      alternates: fc.array(fc.record({ from: fc.nat(), to: fc.nat() }), { maxLength: 2 }),
      deadLetters: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), key: fc.option(arbRoutingKey, { nil: undefined }) }), { maxLength: 3 }),
    })
    .map(({ exchanges, queues, bindings, alternates, deadLetters }) => {
      const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [];
      exchanges.forEach((e, i) => nodes.push({ kind: 'rabbitmq-exchange', id: `x${i}`, name: e.name, vhost, type: e.type, durable: e.durable, cluster: 'rabbit' }));
      queues.forEach((q, i) => {
        const args: Record<string, unknown> = {};
        if (q.ttl !== undefined) args['x-message-ttl'] = q.ttl;
        if (q.maxLength !== undefined) args['x-max-length'] = q.maxLength;
        if (q.type === 'quorum' && q.deliveryLimit !== undefined) args['x-delivery-limit'] = q.deliveryLimit;
        if (q.type === 'classic' && q.priority !== undefined) args['x-max-priority'] = q.priority;
        nodes.push({ kind: 'rabbitmq-queue', id: `q${i}`, name: q.name, vhost, type: q.type, arguments: args, cluster: 'rabbit' });
      });
      const connections: TestConnection[] = [];
      const seenAlternate = new Set<number>();
      const seenDeadLetter = new Set<number>();
      bindings.forEach((b, i) => {
        const from = b.from % exchanges.length;
        const type = exchanges[from].type;
        const to = b.toExchange ? `x${b.to % exchanges.length}` : `q${b.to % queues.length}`;
        if (to === `x${from}`) return;
        const connection: TestConnection = { id: `b${i}`, kind: 'bind', from: `x${from}`, to };
        if (type === 'headers') connection.arguments = { 'x-match': b.xMatch, colour: b.header };
        else if (type !== 'fanout') connection.routingKey = type === 'direct' ? b.key.replace(/[*#]/g, 'w') : b.key;
        connections.push(connection);
      });
      alternates.forEach((a, i) => {
        const from = a.from % exchanges.length;
        const to = a.to % exchanges.length;
        if (from === to || seenAlternate.has(from)) return;
        seenAlternate.add(from);
        connections.push({ id: `a${i}`, kind: 'alternate', from: `x${from}`, to: `x${to}` });
      });
      deadLetters.forEach((d, i) => {
        const from = d.from % queues.length;
        if (seenDeadLetter.has(from)) return;
        seenDeadLetter.add(from);
        connections.push({ id: `d${i}`, kind: 'dead-letter', from: `q${from}`, to: `x${d.to % exchanges.length}`, ...(d.key !== undefined ? { routingKey: d.key } : {}) });
      });
      return makeDesign({
        name: 'Generated RabbitMQ design',
        clusters: [{ id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq', ...(options.version ? { version: options.version } : {}) }],
        nodes,
        connections,
      });
    });
}

/**
 * A mixed design over every broker: Kafka topics, RabbitMQ exchanges and
 * queues, NATS streams, SQS queues and SNS topics, with producers and
 * consumer groups wired to them. Some nodes are on no cluster.
 */
export function arbMixedDesign(): fc.Arbitrary<Design> {
  const channelKinds = ['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic'] as const;
  const clusterFor: Record<(typeof channelKinds)[number], string> = {
    'kafka-topic': 'kafka', 'rabbitmq-exchange': 'rabbit', 'rabbitmq-queue': 'rabbit', 'nats-stream': 'nats', 'sqs-queue': 'aws', 'sns-topic': 'aws',
  };
  const messageSchema = fc.oneof(
    fc.constant(undefined),
    fc.record({ name: fc.option(arbName, { nil: undefined }), format: fc.constantFrom('none', 'json', 'avro', 'protobuf', 'cloudevents') }),
    fc.record({
      name: fc.option(arbName, { nil: undefined }),
      format: fc.constant('json-schema'),
      definition: fc.constantFrom(
        '{"type":"object","properties":{"id":{"type":"string"}}}',
        '{"type":"object","properties":{"a":{"$ref":"#/definitions/A"}},"definitions":{"A":{"type":"integer"}}}',
        'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n',
        '{"type":"array","items":{"$ref":"#"}}',
      ),
    }),
  );
  return fc
    .record({
      channels: fc.array(fc.record({ kind: fc.constantFrom(...channelKinds), name: arbName, clustered: fc.boolean(), messageSchema }), { minLength: 1, maxLength: 8 }),
      producers: fc.array(fc.record({ name: arbName, targets: fc.array(fc.nat(), { maxLength: 3 }), routingKey: fc.option(arbRoutingKey, { nil: undefined }) }), { maxLength: 3 }),
      groups: fc.array(fc.record({ name: arbName, groupId: fc.option(arbName, { nil: undefined }), sources: fc.array(fc.nat(), { maxLength: 3 }), deliverGroup: fc.option(fc.constantFrom('workers', 'g1'), { nil: undefined }) }), { maxLength: 3 }),
      kafkaVersion: fc.option(fc.constantFrom('3.9', '4.1'), { nil: undefined }),
    })
    .map(({ channels, producers, groups, kafkaVersion }) => {
      const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [];
      channels.forEach((c, i) => {
        const node: { kind: string; id: string; [k: string]: unknown } = { kind: c.kind, id: `c${i}`, name: c.name };
        if (c.clustered) node.cluster = clusterFor[c.kind];
        if (c.messageSchema) node.messageSchema = Object.fromEntries(Object.entries(c.messageSchema).filter(([, v]) => v !== undefined));
        if (c.kind === 'nats-stream') node.subjects = [`s${i}.>`];
        if (c.kind === 'rabbitmq-exchange' || c.kind === 'rabbitmq-queue') node.vhost = 'v';
        nodes.push(node);
      });
      const connections: TestConnection[] = [];
      producers.forEach((p, i) => {
        nodes.push({ kind: 'producer', id: `p${i}`, name: p.name });
        for (const t of new Set(p.targets.map((n) => n % channels.length))) {
          const kind = channels[t].kind;
          connections.push({ from: `p${i}`, to: `c${t}`, kind: 'publish', ...(p.routingKey !== undefined && kind.startsWith('rabbitmq') ? { routingKey: p.routingKey } : {}) });
        }
      });
      groups.forEach((g, i) => {
        nodes.push({ kind: 'consumer-group', id: `g${i}`, name: g.name, ...(g.groupId !== undefined ? { groupId: g.groupId } : {}), ...(g.deliverGroup ? { nats: { deliver_group: g.deliverGroup } } : {}) });
        for (const s of new Set(g.sources.map((n) => n % channels.length))) {
          if (channels[s].kind === 'rabbitmq-exchange') continue;
          if (channels[s].kind === 'sns-topic' || channels[s].kind === 'sqs-queue' || channels[s].kind.startsWith('kafka') || channels[s].kind.startsWith('rabbitmq') || channels[s].kind === 'nats-stream') {
            connections.push({ from: `c${s}`, to: `g${i}`, kind: 'consume' });
          }
        }
      });
      return makeDesign({
        name: channels[0].name,
        clusters: [
          { id: 'kafka', name: 'Kafka', broker: 'kafka', ...(kafkaVersion ? { version: kafkaVersion } : {}) },
          { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' },
          { id: 'nats', name: 'NATS', broker: 'nats' },
          { id: 'aws', name: 'AWS', broker: 'sqs-sns' },
        ],
        nodes,
        connections,
      });
    });
}
