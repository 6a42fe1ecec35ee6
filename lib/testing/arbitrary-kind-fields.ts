import fc from 'fast-check';
import type { NodeKind } from '../design';
import { duration, hostileKey, hostileString, maybe, scalar } from './arbitrary-primitives';

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
/** A channel's message schema, any format, with or without a CloudEvents envelope. */
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

/** A Kafka Connect connector's fields: each kind keeps only the settings its schema has. */
function connectFields(kind: 'connect-source' | 'connect-sink'): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      connectorClass: hostileString(300),
      transforms: fc.array(fc.record({ name: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), type: hostileString(300), config: fc.dictionary(hostileKey(40), hostileString(60), { maxKeys: 2 }) }), {
        maxLength: 2,
      }),
      extra: fc.dictionary(
        hostileKey(40).filter((k) => k.length > 0),
        hostileString(60),
        { maxKeys: 3 },
      ),
      config: fc
        .record(
          {
            'tasks.max': fc.integer({ min: 1, max: 64 }),
            'value.converter': hostileString(100),
            'errors.tolerance': fc.constantFrom('none', 'all'),
            'topics.regex': hostileString(100),
            'errors.deadletterqueue.context.headers.enable': fc.boolean(),
            'exactly.once.support': fc.constantFrom('requested', 'required'),
          },
          { requiredKeys: [] },
        )
        .map((config) => {
          // Each kind keeps only the settings its schema has (the sink's topics and DLQ, the source's exactly-once).
          const { 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers, 'exactly.once.support': eos, ...common } = config;
          const own = kind === 'connect-sink' ? { ...common, 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers } : { ...common, 'exactly.once.support': eos };
          return Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
        }),
    },
    { requiredKeys: ['connectorClass'] },
  );
}

/**
 * Kind-specific fields, drawn widely but within each schema's bounds, one
 * entry per kind: the type requires every kind, so a new kind without its
 * arbitrary does not compile.
 */
/** The settings an Azure Service Bus queue and subscription share (they both hand messages to receivers). */
const servicebusReceiver = {
  lockDurationSeconds: fc.integer({ min: 5, max: 300 }),
  maxDeliveryCount: fc.integer({ min: 1, max: 2000 }),
  requiresSession: fc.boolean(),
  deadLetteringOnMessageExpiration: fc.boolean(),
  forwardTo: hostileString(260).filter((s) => s.length > 0),
};

export const KIND_FIELDS: { readonly [K in NodeKind]: () => fc.Arbitrary<Record<string, unknown>> } = {
  producer: () =>
    fc.record(
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
    ),
  'kafka-topic': () =>
    fc.record(
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
    ),
  'rabbitmq-exchange': () =>
    fc.record(
      { vhost: hostileString(255), type: fc.constantFrom('direct', 'fanout', 'topic', 'headers'), durable: fc.boolean(), autoDelete: fc.boolean(), internal: fc.boolean(), messageSchema },
      { requiredKeys: [] },
    ),
  'rabbitmq-queue': () =>
    fc.record(
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
    ),
  'nats-stream': () =>
    fc.record(
      {
        subjects: fc.array(hostileString(255), { maxLength: 4 }),
        retention: fc.constantFrom('limits', 'interest', 'workqueue'),
        storage: fc.constantFrom('file', 'memory'),
        num_replicas: fc.integer({ min: 1, max: 5 }),
        max_age: duration,
        duplicate_window: duration,
      },
      { requiredKeys: [] },
    ),
  'sqs-queue': () => fc.record({ fifo: fc.boolean(), visibilityTimeout: fc.integer({ min: 0, max: 43_200 }), delaySeconds: fc.integer({ min: 0, max: 900 }) }, { requiredKeys: [] }),
  'sns-topic': () => fc.record({ fifo: fc.boolean(), contentBasedDeduplication: fc.boolean() }, { requiredKeys: [] }),
  'pubsub-topic': () =>
    fc.record(
      { messageRetentionDuration: fc.integer({ min: 600, max: 2_678_400 }), allowedPersistenceRegions: fc.array(fc.constantFrom('europe-west1', 'us-central1'), { maxLength: 2 }), messageSchema },
      { requiredKeys: [] },
    ),
  'pubsub-subscription': () =>
    fc.record(
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
    ),
  'pulsar-topic': () =>
    fc.record(
      {
        persistence: fc.constantFrom('persistent', 'non-persistent'),
        partitions: fc.integer({ min: 0, max: 16 }),
        retentionTimeInMinutes: fc.integer({ min: -1, max: 10_080 }),
        messageTtlSeconds: fc.integer({ min: 0, max: 86_400 }),
        backlogQuotaLimitBytes: fc.constantFrom(-1, 1_073_741_824),
        deduplication: fc.boolean(),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'pulsar-subscription': () =>
    fc.record(
      {
        subscriptionType: fc.constantFrom('Exclusive', 'Shared', 'Failover', 'Key_Shared'),
        ackTimeoutMillis: fc.constantFrom(0, 1000, 30_000),
        maxRedeliverCount: fc.integer({ min: 1, max: 20 }),
        retryEnable: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  'servicebus-queue': () =>
    fc.record(
      {
        ...servicebusReceiver,
        requiresDuplicateDetection: fc.boolean(),
        duplicateDetectionHistoryTimeWindowSeconds: fc.integer({ min: 20, max: 604_800 }),
        enablePartitioning: fc.boolean(),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'servicebus-subscription': () => {
    const rule = fc.record({ name: fc.constantFrom('eu', 'big', '$Default'), filterType: fc.constant('SqlFilter' as const), sqlExpression: hostileString(200).filter((s) => s.length > 0) });
    return fc.record({ ...servicebusReceiver, deadLetteringOnFilterEvaluationExceptions: fc.boolean(), rules: fc.array(rule, { maxLength: 2 }) }, { requiredKeys: [] });
  },
  'servicebus-topic': () =>
    fc.record(
      { requiresDuplicateDetection: fc.boolean(), enablePartitioning: fc.boolean(), defaultMessageTimeToLiveSeconds: fc.integer({ min: 1, max: 1_209_600 }), messageSchema },
      { requiredKeys: [] },
    ),
  'artemis-address': () =>
    fc.record(
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
    ),
  'artemis-queue': () =>
    fc.record(
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
    ),
  'event-store': () =>
    fc.record(
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
    ),
  projection: () =>
    fc.record(
      {
        targetStore: fc.constantFrom('postgresql', 'redis', 'elasticsearch', 'mongodb', 'dynamodb', 'other'),
        idempotentApply: fc.boolean(),
        rebuild: fc.constantFrom('none', 'from-start', 'from-position'),
        checkpoint: fc.constantFrom('none', 'with-read-model', 'separate'),
        mode: fc.constantFrom('asynchronous', 'synchronous'),
      },
      { requiredKeys: [] },
    ),
  'connect-source': () => connectFields('connect-source'),
  'connect-sink': () => connectFields('connect-sink'),
  'external-system': () => fc.record({ system: fc.constantFrom('postgresql', 'snowflake', 's3', 'file', 'other') }, { requiredKeys: [] }),
  'snapshot-policy': () =>
    fc.record({ everyEvents: fc.integer({ min: 1, max: 1_000_000 }), storage: fc.constantFrom('event-store', 'separate'), keepLast: fc.integer({ min: 1, max: 1000 }) }, { requiredKeys: [] }),
  'consumer-group': () =>
    fc.record(
      {
        groupId: hostileString(255),
        instances: fc.integer({ min: 1, max: 100 }),
        ackMode: fc.constantFrom('auto', 'manual'),
        prefetch: fc.integer({ min: 0, max: 10_000 }),
        retry: fc.record({ maxRetries: fc.integer({ min: 0, max: 10 }), backoff: fc.array(fc.constantFrom('1s', '250ms', '5m', '1h'), { maxLength: 3 }) }),
        nats: fc.record({ deliver_group: hostileString(255), filter_subjects: fc.array(hostileString(255), { maxLength: 3 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
};

/** The fields of a node of `kind`. */
export const kindFields = (kind: NodeKind): fc.Arbitrary<Record<string, unknown>> => KIND_FIELDS[kind]();
