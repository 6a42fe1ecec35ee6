import fc from 'fast-check';
import {
  allowedConnectionKinds,
  designFromData,
  formatDesignErrors,
  KINDS,
  type Broker,
  type Design,
  type NodeKind,
} from '../design';

/**
 * A fast-check arbitrary for any valid design, for property tests (round trips
 * through the design file, exporters and importers). Names, notes, vhosts,
 * routing keys and argument names are drawn from strings that break naive
 * serialisers: YAML's special words and indicators, quotes, line and
 * paragraph separators, lone surrogates, right-to-left marks, prototype
 * names. Every generated design is valid (it went through `designFromData`).
 */

/** Strings that other formats read as something else, or that break escaping. */
export const HOSTILE_STRINGS = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'False', 'null', 'Null', '~', 'NaN', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1e3', '012', '+1', '1_000',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '12:30:45', '1:20', '<<', '=', '- a', ': b', '? c', '# d', 'a #b', 'a: b', '&anchor', '*alias', '!!str', '!tag',
  '%YAML 1.2', '@at', '`tick', '|', '>', '---', '...', '"double"', "'single'", '\\back\\slash', 'tab\there', 'line\nbreak', 'cr\rlf\r\n', '\u2028', '\u2029',
  '\u0085', '\uFEFF', '\u0000nul', '\u0007bell', '\u001b[31mred', 'emoji 🎉🇫🇷', '\u202Eright-to-left', 'e\u0301', '\uD800', '\uDC00lone', 'a\uD83Db',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<script>alert(1)</script>', '${HOME}', '$(rm -rf /)', '{{x}}', '%s%n', '[x]', '{x: 1}',
  ' leading', 'trailing ', '   ', '.', '..', '/', '\\', '*', '>', '#', 'amq.like', 'ünïcödé', '日本語', 'x'.repeat(255),
];

export const hostileString = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length <= maxLength)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: Math.min(maxLength, 30) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 30) }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS)).map(([a, b]) => `${a}${b}`.slice(0, maxLength)) },
  );

/** Record keys the design file refuses (`checkData`): they never appear in a saved design. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const hostileKey = (maxLength = 60) => hostileString(maxLength).filter((k) => !RESERVED_KEYS.has(k));

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/).filter((id) => !RESERVED_KEYS.has(id));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const scalar = fc.oneof(hostileString(40), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean());
const duration = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('ms', 's', 'm', 'h', 'd')).map(([n, u]) => `${n}${u}`);
/** A CloudEvents envelope: free text where the specification allows any string, the URIs and media types it accepts. */
export const arbCloudEventsEnvelope = fc.record(
  {
    standard: fc.constant('cloudevents'),
    mode: fc.constantFrom('structured', 'binary'),
    specversion: maybe(fc.constant('1.0')),
    type: hostileString(100),
    source: fc.constantFrom('/orders', 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'https://example.com/a?b=c#d', '1-555-123-4567', 'mailto:x@example.com', '%2Fx'),
    dataContentType: maybe(fc.constantFrom('application/json', 'application/avro', 'text/plain; charset=utf-8', 'application/json;charset="utf-8"')),
    dataSchema: maybe(fc.constantFrom('https://example.com/schemas/order.json', 'urn:example:schema:1')),
    subject: maybe(hostileString(100)),
  },
  { requiredKeys: ['standard', 'mode', 'type', 'source'] },
);
const messageSchema = fc.record(
  {
    name: maybe(hostileString(200)),
    format: fc.constantFrom('none', 'json', 'json-schema', 'avro', 'protobuf', 'cloudevents'),
    version: maybe(hostileString(50)),
    registry: fc.boolean(),
    definition: maybe(hostileString(200)),
    envelope: maybe(arbCloudEventsEnvelope),
  },
  { requiredKeys: ['format'] },
);

/** Kind-specific fields, drawn widely but within each schema's bounds. */
function kindFields(kind: NodeKind): fc.Arbitrary<Record<string, unknown>> {
  switch (kind) {
    case 'producer':
      return fc.record(
        {
          instances: fc.integer({ min: 1, max: 100 }),
          publishRate: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
          keyStrategy: fc.constantFrom('none', 'entity-id', 'random'),
          retryHorizon: duration,
          kafka: fc.record({ acks: fc.constantFrom('all', '-1', '0', '1'), 'transactional.id': hostileString(100) }, { requiredKeys: [] }),
          rabbitmq: fc.record({ confirms: fc.boolean(), mandatory: fc.boolean(), persistent: fc.boolean() }, { requiredKeys: [] }),
          requirements: fc.record({ delivery: fc.constantFrom('at-most-once', 'at-least-once', 'exactly-once'), latencyMs: fc.integer({ min: 0, max: 10_000 }) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      );
    case 'kafka-topic':
      return fc.record(
        {
          partitions: fc.integer({ min: 1, max: 1000 }),
          replicationFactor: fc.integer({ min: 1, max: 5 }),
          config: fc.record(
            {
              'min.insync.replicas': fc.integer({ min: 1, max: 5 }),
              'cleanup.policy': fc.constantFrom('delete', 'compact', 'compact,delete'),
              'retention.ms': fc.integer({ min: -1, max: 2 ** 40 }),
              'max.message.bytes': fc.integer({ min: 0, max: 10_000_000 }),
              'compression.type': fc.constantFrom('producer', 'gzip', 'zstd'),
            },
            { requiredKeys: [] },
          ),
          role: fc.constantFrom('normal', 'retry', 'dead-letter'),
          messageSchema,
        },
        { requiredKeys: [] },
      );
    case 'rabbitmq-exchange':
      return fc.record(
        { vhost: hostileString(255), type: fc.constantFrom('direct', 'fanout', 'topic', 'headers'), durable: fc.boolean(), autoDelete: fc.boolean(), internal: fc.boolean(), messageSchema },
        { requiredKeys: [] },
      );
    case 'rabbitmq-queue':
      return fc.record(
        {
          vhost: hostileString(255),
          type: fc.constantFrom('classic', 'quorum', 'stream'),
          durable: fc.boolean(),
          exclusive: fc.boolean(),
          autoDelete: fc.boolean(),
          arguments: fc.record(
            {
              'x-message-ttl': fc.integer({ min: 0, max: 2 ** 31 }),
              'x-max-length': fc.integer({ min: 0, max: 1e9 }),
              'x-overflow': fc.constantFrom('drop-head', 'reject-publish', 'reject-publish-dlx'),
              'x-delivery-limit': fc.integer({ min: -1, max: 100 }),
              'x-single-active-consumer': fc.boolean(),
              'x-max-age': fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('Y', 'M', 'D', 'h', 'm', 's')).map(([n, u]) => `${n}${u}`),
            },
            { requiredKeys: [] },
          ),
          policy: maybe(fc.dictionary(hostileKey(200), scalar, { maxKeys: 4 })),
          role: fc.constantFrom('normal', 'retry', 'dead-letter'),
          messageSchema,
        },
        { requiredKeys: [] },
      );
    case 'nats-stream':
      return fc.record(
        {
          subjects: fc.array(hostileString(255), { maxLength: 4 }),
          retention: fc.constantFrom('limits', 'interest', 'workqueue'),
          storage: fc.constantFrom('file', 'memory'),
          num_replicas: fc.integer({ min: 1, max: 5 }),
          max_age: duration,
          duplicate_window: duration,
        },
        { requiredKeys: [] },
      );
    case 'sqs-queue':
      return fc.record({ fifo: fc.boolean(), visibilityTimeout: fc.integer({ min: 0, max: 43_200 }), delaySeconds: fc.integer({ min: 0, max: 900 }) }, { requiredKeys: [] });
    case 'sns-topic':
      return fc.record({ fifo: fc.boolean(), contentBasedDeduplication: fc.boolean() }, { requiredKeys: [] });
    case 'pubsub-topic':
      return fc.record(
        { messageRetentionDuration: fc.integer({ min: 600, max: 2_678_400 }), allowedPersistenceRegions: fc.array(fc.constantFrom('europe-west1', 'us-central1'), { maxLength: 2 }), messageSchema },
        { requiredKeys: [] },
      );
    case 'pubsub-subscription':
      return fc.record(
        {
          deliveryType: fc.constantFrom('pull', 'push', 'bigquery', 'cloudStorage'),
          ackDeadlineSeconds: fc.integer({ min: 10, max: 600 }),
          enableMessageOrdering: fc.boolean(),
          enableExactlyOnceDelivery: fc.boolean(),
          filter: hostileString(256),
          maxDeliveryAttempts: fc.integer({ min: 5, max: 100 }),
          expirationTtlSeconds: fc.constantFrom(0, 86_400, 2_678_400),
        },
        { requiredKeys: [] },
      );
    case 'artemis-address':
      return fc.record(
        {
          routingType: fc.constantFrom('anycast', 'multicast'),
          settings: fc.record(
            {
              'max-delivery-attempts': fc.integer({ min: -1, max: 1000 }),
              'redelivery-delay': fc.integer({ min: 0, max: 3_600_000 }),
              'redelivery-delay-multiplier': fc.double({ min: 1, max: 100, noNaN: true }),
              'expiry-address': hostileString(255).filter((s) => s.length > 0),
              'address-full-policy': fc.constantFrom('PAGE', 'BLOCK', 'DROP', 'FAIL'),
              'max-size-bytes': fc.integer({ min: -1, max: 2 ** 40 }),
              'default-last-value-queue': fc.boolean(),
            },
            { requiredKeys: [] },
          ),
          messageSchema,
        },
        { requiredKeys: [] },
      );
    case 'servicebus-queue':
      return fc.record({ ...servicebusReceiver, requiresDuplicateDetection: fc.boolean(), duplicateDetectionHistoryTimeWindowSeconds: fc.integer({ min: 20, max: 604_800 }), enablePartitioning: fc.boolean(), messageSchema }, { requiredKeys: [] });
    case 'servicebus-subscription': {
      const rule = fc.record({ name: fc.constantFrom('eu', 'big', '$Default'), filterType: fc.constant('SqlFilter' as const), sqlExpression: hostileString(200).filter((s) => s.length > 0) });
      return fc.record({ ...servicebusReceiver, deadLetteringOnFilterEvaluationExceptions: fc.boolean(), rules: fc.array(rule, { maxLength: 2 }) }, { requiredKeys: [] });
    }
    case 'servicebus-topic':
      return fc.record({ requiresDuplicateDetection: fc.boolean(), enablePartitioning: fc.boolean(), defaultMessageTimeToLiveSeconds: fc.integer({ min: 1, max: 1_209_600 }), messageSchema }, { requiredKeys: [] });
    case 'artemis-queue':
      return fc.record(
        {
          durable: fc.boolean(),
          filter: hostileString(200).filter((s) => s.length > 0),
          exclusive: fc.boolean(),
          'last-value-key': hostileString(255).filter((s) => s.length > 0),
          'max-consumers': fc.integer({ min: -1, max: 100 }),
          role: fc.constantFrom('normal', 'retry', 'dead-letter'),
          messageSchema,
        },
        { requiredKeys: [] },
      );
    case 'event-store':
      return fc.record(
        {
          technology: fc.constantFrom('postgresql', 'eventstoredb', 'kafka', 'dynamodb', 'mongodb', 'other'),
          aggregateType: hostileString(200),
          aggregateIdField: hostileString(200),
          streamPerAggregate: fc.boolean(),
          concurrencyCheck: fc.constantFrom('none', 'expected-version'),
          publishKey: fc.constantFrom('aggregate-id', 'none', 'random'),
          envelope: fc.record({ eventId: fc.boolean(), eventType: fc.boolean(), aggregateVersion: fc.boolean(), correlationId: fc.boolean() }, { requiredKeys: [] }),
          eventTypes: fc.array(hostileString(200), { maxLength: 4 }),
          eventsPerAggregate: fc.integer({ min: 0, max: 1e7 }),
        },
        { requiredKeys: [] },
      );
    case 'projection':
      return fc.record(
        {
          targetStore: fc.constantFrom('postgresql', 'redis', 'elasticsearch', 'mongodb', 'dynamodb', 'other'),
          idempotentApply: fc.boolean(),
          rebuild: fc.constantFrom('none', 'from-start', 'from-position'),
          checkpoint: fc.constantFrom('none', 'with-read-model', 'separate'),
          mode: fc.constantFrom('asynchronous', 'synchronous'),
        },
        { requiredKeys: [] },
      );
    case 'connect-source':
    case 'connect-sink':
      return fc.record(
        {
          connectorClass: hostileString(300),
          transforms: fc.array(fc.record({ name: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), type: hostileString(300), config: fc.dictionary(hostileKey(40), hostileString(60), { maxKeys: 2 }) }), { maxLength: 2 }),
          extra: fc.dictionary(hostileKey(40).filter((k) => k.length > 0), hostileString(60), { maxKeys: 3 }),
          config: fc.record(
            {
              'tasks.max': fc.integer({ min: 1, max: 64 }),
              'value.converter': hostileString(100),
              'errors.tolerance': fc.constantFrom('none', 'all'),
              'topics.regex': hostileString(100),
              'errors.deadletterqueue.context.headers.enable': fc.boolean(),
              'exactly.once.support': fc.constantFrom('requested', 'required'),
            },
            { requiredKeys: [] },
          ).map((config) => {
            // Each kind keeps only the settings its schema has (the sink's topics and DLQ, the source's exactly-once).
            const { 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers, 'exactly.once.support': eos, ...common } = config;
            const own = kind === 'connect-sink' ? { ...common, 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers } : { ...common, 'exactly.once.support': eos };
            return Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
          }),
        },
        { requiredKeys: ['connectorClass'] },
      );
    case 'external-system':
      return fc.record({ system: fc.constantFrom('postgresql', 'snowflake', 's3', 'file', 'other') }, { requiredKeys: [] });
    case 'snapshot-policy':
      return fc.record({ everyEvents: fc.integer({ min: 1, max: 1_000_000 }), storage: fc.constantFrom('event-store', 'separate'), keepLast: fc.integer({ min: 1, max: 1000 }) }, { requiredKeys: [] });
    case 'consumer-group':
      return fc.record(
        {
          groupId: hostileString(255),
          instances: fc.integer({ min: 1, max: 100 }),
          ackMode: fc.constantFrom('auto', 'manual'),
          prefetch: fc.integer({ min: 0, max: 10_000 }),
          retry: fc.record({ maxRetries: fc.integer({ min: 0, max: 10 }), backoff: fc.array(fc.constantFrom('1s', '250ms', '5m', '1h'), { maxLength: 3 }) }),
          nats: fc.record({ deliver_group: hostileString(255), filter_subjects: fc.array(hostileString(255), { maxLength: 3 }) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      );
  }
}

export interface DesignShape {
  /** Node kinds to draw from (all by default). */
  kinds?: readonly NodeKind[];
  /** Brokers for clusters (all by default). */
  brokers?: readonly Broker[];
  maxNodes?: number;
}

const ALL_KINDS = KINDS.map((k) => k.kind) as NodeKind[];
const ALL_BROKERS: Broker[] = ['kafka', 'redpanda', 'rabbitmq', 'nats', 'sqs-sns', 'pulsar', 'pubsub', 'servicebus'];

/** The receiving settings Service Bus queues and subscriptions share. */
const servicebusReceiver = {
  lockDurationSeconds: fc.integer({ min: 5, max: 300 }),
  maxDeliveryCount: fc.integer({ min: 1, max: 2000 }),
  requiresSession: fc.boolean(),
  deadLetteringOnMessageExpiration: fc.boolean(),
  forwardTo: hostileString(260).filter((s) => s.length > 0),
};

/** Any valid design, with hostile names everywhere a name can go. */
export function arbitraryDesign(shape: DesignShape = {}): fc.Arbitrary<Design> {
  const kinds = shape.kinds ?? ALL_KINDS;
  const brokers = shape.brokers ?? ALL_BROKERS;
  const maxNodes = shape.maxNodes ?? 10;
  const clusterArb = fc.record({ name: hostileString(100), broker: fc.constantFrom(...brokers), version: maybe(fc.constantFrom('3.10.8', '3.13', '4.1', '3.9.0')), environment: fc.constantFrom('production', 'staging', 'development') });
  const nodeArb = fc.constantFrom(...kinds).chain((kind) =>
    fc.record({ kind: fc.constant(kind), name: hostileString(120), notes: maybe(hostileString(200)), fields: kindFields(kind), clusterPick: fc.nat() }),
  );
  const connectionArb = fc.record({
    from: fc.nat(),
    to: fc.nat(),
    kindPick: fc.nat(),
    routingKey: maybe(hostileString(255)),
    arguments: maybe(fc.dictionary(hostileKey(100), scalar, { maxKeys: 3 })),
    subject: maybe(hostileString(255)),
    maxReceiveCount: maybe(fc.integer({ min: 1, max: 1000 })),
    notes: maybe(hostileString(100)),
  });
  return fc
    .record({
      name: hostileString(200),
      notes: maybe(hostileString(500)),
      clusters: fc.uniqueArray(fc.tuple(idArb, clusterArb), { maxLength: 3, selector: ([id]) => id }),
      nodes: fc.uniqueArray(fc.tuple(idArb, nodeArb), { maxLength: maxNodes, selector: ([id]) => id }),
      connections: fc.array(connectionArb, { maxLength: maxNodes * 2 }),
      layout: fc.boolean(),
      overrides: fc.dictionary(hostileKey(100), fc.constantFrom('off', 'info', 'warning', 'error'), { maxKeys: 3 }),
      requirements: fc.record({ ordering: fc.constantFrom('none', 'per-key', 'strict'), throughput: fc.integer({ min: 0, max: 1e6 }) }, { requiredKeys: [] }),
    })
    .map((raw) => {
      const clusters = raw.clusters.map(([id, c]) => ({ id, ...c }));
      const nodes = raw.nodes.map(([id, n]) => {
        const hosts = KINDS.find((k) => k.kind === n.kind)!.clusterBrokers as readonly string[];
        const candidates = clusters.filter((c) => hosts.includes(c.broker));
        const cluster = candidates.length > 0 && n.clusterPick % 3 !== 0 ? candidates[n.clusterPick % candidates.length].id : undefined;
        return { ...n.fields, kind: n.kind, id, name: n.name, ...(n.notes !== undefined ? { notes: n.notes } : {}), ...(cluster ? { cluster } : {}) };
      });
      const connections: Array<Record<string, unknown>> = [];
      for (const c of raw.connections) {
        if (nodes.length < 2) break;
        const from = nodes[c.from % nodes.length];
        const to = nodes[c.to % nodes.length];
        const allowed = allowedConnectionKinds(from.kind, to.kind);
        if (from.id === to.id || allowed.length === 0) continue;
        const kind = allowed[c.kindPick % allowed.length];
        const connection: Record<string, unknown> = { id: `c${connections.length}-${from.id}--${to.id}`.slice(0, 200), kind, from: from.id, to: to.id };
        for (const field of ['routingKey', 'arguments', 'subject', 'maxReceiveCount', 'notes'] as const) if (c[field] !== undefined) connection[field] = c[field];
        connections.push(connection);
      }
      const layout = raw.layout ? Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 120 - 40, y: (i % 3) * 80.5 }])) : undefined;
      const input = {
        queuewright: 1,
        name: raw.name,
        ...(raw.notes !== undefined ? { notes: raw.notes } : {}),
        requirements: raw.requirements,
        review: { preset: 'recommended', overrides: raw.overrides },
        clusters,
        nodes,
        connections,
        ...(layout ? { layout } : {}),
      };
      const result = designFromData(input);
      if (!result.ok) throw new Error(`arbitraryDesign made an invalid design:\n${formatDesignErrors(result.errors)}\n${JSON.stringify(input).slice(0, 2000)}`);
      return result.design;
    });
}
