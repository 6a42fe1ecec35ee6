import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';

/**
 * fast-check arbitraries for whole designs, for exporter property tests.
 * Names are drawn from a pool that includes the awkward ones (quotes, `$`,
 * spaces, YAML look-alikes such as `yes`, `null` or `2001-12-14`, non-ASCII),
 * so exporters are exercised on what users actually type.
 */

const AWKWARD_NAMES = [
  'orders',
  'orders.created.v1',
  'yes',
  'no',
  'on',
  'null',
  '~',
  '2001-12-14',
  '0x1F',
  '1e3',
  '3.10',
  '+12',
  'true',
  "it's",
  'say "hi"',
  'a b',
  'tab\there',
  'dollar $HOME',
  '${var.x}',
  '%{ if }',
  'back\\slash',
  'café',
  'naïve.queue',
  '日本語',
  'emoji 🚀',
  'semi;colon',
  'pipe|amp&',
  'star*',
  'hash#tag',
  'q?x',
  'brace{x}',
  'dash-name',
  'under_score',
  'slash/name',
  'at@sign',
  'percent%20',
];

/** A name: either a plain token or one from the awkward pool. */
export const arbName = fc.oneof(fc.constantFrom(...AWKWARD_NAMES), fc.stringMatching(/^[a-z][a-z0-9.\-_]{0,20}$/), fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }));

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

/** A classic or quorum queue with some of the arguments its type takes. */
function arbRabbitQueue(names: fc.Arbitrary<string>) {
  return fc.record({
    name: names,
    type: fc.constantFrom('classic', 'quorum') as fc.Arbitrary<'classic' | 'quorum'>,
    ttl: fc.option(fc.integer({ min: 1000, max: 600_000 }), { nil: undefined }),
    maxLength: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    deliveryLimit: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    priority: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  });
}

/** The x-arguments of a generated queue: delivery limit on quorum queues only, priority on classic ones only. */
function rabbitQueueArguments(q: { type: 'classic' | 'quorum'; ttl?: number; maxLength?: number; deliveryLimit?: number; priority?: number }): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  if (q.ttl !== undefined) args['x-message-ttl'] = q.ttl;
  if (q.maxLength !== undefined) args['x-max-length'] = q.maxLength;
  if (q.type === 'quorum' && q.deliveryLimit !== undefined) args['x-delivery-limit'] = q.deliveryLimit;
  if (q.type === 'classic' && q.priority !== undefined) args['x-max-priority'] = q.priority;
  return args;
}

/**
 * A RabbitMQ design: exchanges of every type, classic / quorum queues with
 * type-appropriate arguments, bindings (routing keys with `*` and `#`, headers
 * arguments), alternate exchanges and dead-letter exchanges, and sometimes a
 * built-in `amq.*` exchange with bindings from it. Names are unique per kind,
 * as the broker needs.
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
      queues: fc.uniqueArray(arbRabbitQueue(names), { minLength: 1, maxLength: 5, selector: (q) => q.name }),
      bindings: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          toExchange: fc.boolean(),
          key: arbBindingKey,
          xMatch: fc.constantFrom('all', 'any', 'all-with-x', 'any-with-x'),
          header: fc.constantFrom('red', 'blue', 1, true),
        }),
        { maxLength: 8 },
      ),
      alternates: fc.array(fc.record({ from: fc.nat(), to: fc.nat() }), { maxLength: 2 }),
      deadLetters: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), key: fc.option(arbRoutingKey, { nil: undefined }) }), { maxLength: 3 }),
      // A built-in exchange of every vhost, used by bindings (never declared by the exports).
      builtIn: fc.option(fc.constantFrom('amq.direct', 'amq.topic', 'amq.fanout'), { nil: undefined }),
    })
    .map(({ exchanges: declared, queues, bindings, alternates, deadLetters, builtIn }) => {
      const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [];
      const builtInType = { 'amq.direct': 'direct', 'amq.topic': 'topic', 'amq.fanout': 'fanout' } as const;
      const exchanges = builtIn === undefined ? declared : [...declared, { name: builtIn, type: builtInType[builtIn], durable: true }];
      exchanges.forEach((e, i) => nodes.push({ kind: 'rabbitmq-exchange', id: `x${i}`, name: e.name, vhost, type: e.type, durable: e.durable, cluster: 'rabbit' }));
      queues.forEach((q, i) => {
        nodes.push({ kind: 'rabbitmq-queue', id: `q${i}`, name: q.name, vhost, type: q.type, arguments: rabbitQueueArguments(q), cluster: 'rabbit' });
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
      // The built-in exchange is bound from at least once, or it has no place in the design.
      if (builtIn !== undefined) connections.push({ id: 'b-built-in', kind: 'bind', from: `x${exchanges.length - 1}`, to: 'q0', ...(builtIn === 'amq.fanout' ? {} : { routingKey: 'built.in' }) });
      alternates.forEach((a, i) => {
        const from = a.from % exchanges.length;
        // A built-in exchange cannot be declared with an alternate exchange.
        if (builtIn !== undefined && from === exchanges.length - 1) return;
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

/** A CloudEvents envelope, with and without its optional attributes. */
const arbEnvelope = fc.record(
  {
    standard: fc.constant('cloudevents'),
    mode: fc.constantFrom('structured', 'binary'),
    type: arbName,
    source: fc.constantFrom('/orders', 'https://example.com/orders'),
    subject: arbName,
    dataContentType: fc.constant('application/json'),
  },
  { requiredKeys: ['standard', 'mode', 'type', 'source'] },
);

/** A message schema of each format, or none: a JSON Schema one with a definition (YAML, $ref, recursive). */
const arbMessageSchema = fc.oneof(
  fc.constant(undefined),
  fc.record({
    name: fc.option(arbName, { nil: undefined }),
    format: fc.constantFrom('none', 'json', 'avro', 'protobuf', 'cloudevents'),
    envelope: fc.option(arbEnvelope, { nil: undefined }),
  }),
  fc.record({
    name: fc.option(arbName, { nil: undefined }),
    format: fc.constant('json-schema'),
    definition: fc.constantFrom(
      '{"type":"object","properties":{"id":{"type":"string"}}}',
      '{"type":"object","properties":{"a":{"$ref":"#/definitions/A"}},"definitions":{"A":{"type":"integer"}}}',
      'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n',
      '{"type":"array","items":{"$ref":"#"}}',
    ),
    envelope: fc.option(arbEnvelope, { nil: undefined }),
  }),
);

/**
 * A mixed design over every broker: Kafka topics, RabbitMQ exchanges and
 * queues, NATS streams, SQS queues and SNS topics, with producers and
 * consumer groups wired to them. Some nodes are on no cluster.
 */
export function arbMixedDesign(): fc.Arbitrary<Design> {
  const channelKinds = ['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic'] as const;
  const clusterFor: Record<(typeof channelKinds)[number], string> = {
    'kafka-topic': 'kafka',
    'rabbitmq-exchange': 'rabbit',
    'rabbitmq-queue': 'rabbit',
    'nats-stream': 'nats',
    'sqs-queue': 'aws',
    'sns-topic': 'aws',
  };
  return fc
    .record({
      channels: fc.array(fc.record({ kind: fc.constantFrom(...channelKinds), name: arbName, clustered: fc.boolean(), messageSchema: arbMessageSchema }), { minLength: 1, maxLength: 8 }),
      producers: fc.array(fc.record({ name: arbName, targets: fc.array(fc.nat(), { maxLength: 3 }), routingKey: fc.option(arbRoutingKey, { nil: undefined }) }), { maxLength: 3 }),
      groups: fc.array(
        fc.record({
          name: arbName,
          groupId: fc.option(arbName, { nil: undefined }),
          sources: fc.array(fc.nat(), { maxLength: 3 }),
          deliverGroup: fc.option(fc.constantFrom('workers', 'g1'), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
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
        nodes.push({
          kind: 'consumer-group',
          id: `g${i}`,
          name: g.name,
          ...(g.groupId !== undefined ? { groupId: g.groupId } : {}),
          ...(g.deliverGroup ? { nats: { deliver_group: g.deliverGroup } } : {}),
        });
        for (const s of new Set(g.sources.map((n) => n % channels.length))) {
          if (channels[s].kind === 'rabbitmq-exchange') continue;
          if (
            channels[s].kind === 'sns-topic' ||
            channels[s].kind === 'sqs-queue' ||
            channels[s].kind.startsWith('kafka') ||
            channels[s].kind.startsWith('rabbitmq') ||
            channels[s].kind === 'nats-stream'
          ) {
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

/**
 * A NATS JetStream design: streams with wildcard subjects under their own
 * root token, limits of every kind, and consumer groups (pull and push, durable
 * and ephemeral, with and without backoff and filters). Some combinations are
 * ones the server refuses (a duplicate window longer than max_age, backoff not
 * shorter than max_deliver, ...), so the exporter's refusals get exercised too.
 */
export function arbNatsDesign(options: { prefix?: string; version?: string; maxReplicas?: number } = {}): fc.Arbitrary<Design> {
  const prefix = options.prefix ?? '';
  // Replicas up to the cluster's size, which is the largest allowed (1 for a single test server).
  const maxReplicas = options.maxReplicas ?? 1;
  const tail = fc.array(fc.constantFrom('a', 'b', '*'), { maxLength: 2 }).chain((tokens) => fc.constantFrom(tokens, [...tokens, '>']));
  const stream = fc.record({
    // Each subject under its own token (t0, t1, …), so a stream's subjects never overlap one another.
    subjects: fc.array(
      tail.map((t) => t.join('.')),
      { minLength: 1, maxLength: 3 },
    ),
    retention: fc.oneof({ weight: 2, arbitrary: fc.constant('limits') }, fc.constantFrom('interest', 'workqueue')),
    storage: fc.constantFrom('file', 'memory'),
    max_age: fc.option(fc.constantFrom('90s', '1h', '7d', '200d', '1.5h'), { nil: undefined }),
    duplicate_window: fc.constantFrom('1s', '2m', '30m', '500ms'),
    max_msgs: fc.constantFrom(-1, 1000),
    // Small enough that the test server can reserve them (it refuses a stream it has no room for).
    max_bytes: fc.constantFrom(-1, 1_048_576, 268_435_456),
    max_msg_size: fc.constantFrom(-1, 65_536),
    discard: fc.constantFrom('old', 'new'),
    num_replicas: fc.integer({ min: 1, max: maxReplicas }),
  });
  const weighted = <T>(common: T, ...rare: T[]) => fc.oneof({ weight: 3, arbitrary: fc.constant(common) }, fc.constantFrom(...rare));
  const group = fc.record({
    stream: fc.nat(),
    durable: fc.boolean(),
    ack_policy: weighted('explicit', 'all', 'none'),
    ack_wait: fc.constantFrom('30s', '1m', '250ms'),
    max_deliver: weighted(5, -1, 1, 3),
    backoff: weighted<string[]>([], ['1s'], ['1s', '5s', '30s']),
    max_ack_pending: fc.constantFrom(-1, 1, 1000),
    filter: fc.option(fc.constantFrom('t0', 't0.a', 't1.b', 't0.*', 't0.a.b', 'x'), { nil: undefined, freq: 2 }),
    deliver_group: fc.option(fc.constantFrom('workers', 'g'), { nil: undefined, freq: 2 }),
    // A push consumer of its own delivery subject, outside every stream's subjects.
    push: fc.boolean(),
  });
  return fc.record({ streams: fc.array(stream, { minLength: 1, maxLength: 3 }), groups: fc.array(group, { maxLength: 4 }) }).map(({ streams, groups }) => {
    const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [];
    streams.forEach((s, i) => {
      nodes.push({
        kind: 'nats-stream',
        id: `s${i}`,
        name: `${prefix}S${i}`,
        cluster: 'nats',
        ...s,
        subjects: s.subjects.map((t, j) => (t === '' ? `${prefix}s${i}.t${j}` : `${prefix}s${i}.t${j}.${t}`)),
        ...(s.max_age === undefined ? {} : { max_age: s.max_age }),
      });
    });
    const connections: TestConnection[] = [];
    groups.forEach((g, i) => {
      const s = g.stream % streams.length;
      nodes.push({
        kind: 'consumer-group',
        id: `g${i}`,
        groupId: `G${i}`,
        nats: {
          durable: g.durable,
          ack_policy: g.ack_policy,
          ack_wait: g.ack_wait,
          max_deliver: g.max_deliver,
          backoff: g.backoff,
          max_ack_pending: g.max_ack_pending,
          filter_subjects: g.filter === undefined ? [] : [`${prefix}s${s}.${g.filter}`],
          ...(g.deliver_group ? { deliver_group: g.deliver_group } : {}),
          ...(g.push ? { deliver_subject: `${prefix}push.g${i}` } : {}),
        },
      });
      connections.push({ from: `s${s}`, to: `g${i}`, kind: 'consume' });
    });
    return makeDesign({
      name: 'Generated NATS design',
      clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: maxReplicas, ...(options.version ? { version: options.version } : {}) }],
      nodes,
      connections,
    });
  });
}
