import type { Connection } from './connection';
import { designFieldLabel, REQUIREMENT_LABELS, type DesignFieldScope } from './design-field-labels';
import { pubsubFieldLabels } from './field-labels-pubsub';
import { pulsarFieldLabels } from './field-labels-pulsar';
import { servicebusFieldLabels } from './field-labels-servicebus';
import { BASE, type KindFieldLabels, type Labels } from './field-label-types';
import type { NodeKind } from './kinds';

/**
 * What the inspector calls each field, with its unit: "Processing time p50
 * (ms)", not "Processing Ms P50". The one home of these words; the field
 * test (field-labels.test.ts) walks every schema and fails on a field with
 * no label, and the types below make the compiler fail on a top-level field
 * left out.
 *
 * A broker's own setting names (`retention.ms`, `x-message-ttl`,
 * `enable.auto.commit`) are not translated: they are what people search the
 * broker's documentation for, and what the exports write. They are labelled
 * by their own name (`isNativeSetting`).
 */

type KindLabels = KindFieldLabels<NodeKind>;

const SHARED: Labels = {
  ...BASE,
  role: 'Role in error handling',
  depthAlert: 'Alert when messages pile up',
  depthAlertMessages: 'Depth alert above (messages)',
  messageSchema: 'Message schema',
  'messageSchema.name': 'Message type',
  'messageSchema.format': 'Schema format',
  'messageSchema.version': 'Schema version',
  'messageSchema.registry': 'Registered in a schema registry',
  'messageSchema.definition': 'Schema definition',
  'messageSchema.envelope': 'CloudEvents envelope',
  'messageSchema.envelope.standard': 'Envelope standard',
  'messageSchema.envelope.mode': 'Content mode',
  'messageSchema.envelope.specversion': 'CloudEvents version',
  'messageSchema.envelope.type': 'Event type (type)',
  'messageSchema.envelope.source': 'Event source (source)',
  'messageSchema.envelope.dataContentType': 'Data content type (datacontenttype)',
  'messageSchema.envelope.dataSchema': 'Data schema URI (dataschema)',
  'messageSchema.envelope.subject': 'Subject (subject)',
  client: 'Client library',
  'client.name': 'Library',
  'client.version': 'Library version',
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS',
  sqs: 'SQS',
  artemis: 'Artemis',
};

const REQUIREMENT_OVERRIDES: Labels = {
  requirements: 'Requirements (overrides)',
  ...Object.fromEntries(Object.entries(REQUIREMENT_LABELS).map(([k, v]) => [`requirements.${k}`, v])),
};

const KIND_LABELS: KindLabels = {
  producer: {
    ...REQUIREMENT_OVERRIDES,
    instances: 'Instances',
    publishRate: 'Publish rate (msg/s)',
    messageSizeBytes: 'Message size (bytes)',
    keyStrategy: 'Message key',
    traffic: 'Traffic over the day',
    'traffic.pattern': 'Pattern',
    'traffic.peakToTrough': 'Busiest rate ÷ quietest',
    'traffic.peakHour': 'Busiest hour (UTC)',
    retryHorizon: 'Keeps retrying a publish for',
    requirements: 'Requirements (overrides)',
    client: SHARED.client,
    kafka: SHARED.kafka,
    rabbitmq: SHARED.rabbitmq,
    nats: SHARED.nats,
    sqs: SHARED.sqs,
    'rabbitmq.confirms': 'Publisher confirms',
    'rabbitmq.mandatory': 'Mandatory (return unroutable)',
    'rabbitmq.persistent': 'Persistent messages',
    'rabbitmq.channels': 'Channels per instance',
    'rabbitmq.priority': 'Publishes with priorities',
    'nats.jetstreamPublish': 'Publishes through JetStream',
    'nats.msgIdHeader': 'Sets Nats-Msg-Id',
    'sqs.messageGroupId': 'Message group id',
    'sqs.deduplicationId': 'Sends a deduplication id',
    pubsub: 'Pub/Sub',
    'pubsub.endpoint': 'Publish endpoint',
    artemis: SHARED.artemis,
    'artemis.messageGroupId': 'Message group id (JMSXGroupID)',
  },
  'kafka-topic': {
    partitions: 'Partitions',
    replicationFactor: 'Replication factor',
    plannedPartitions: 'Planned partitions',
    placement: 'Replica placement',
    placementPicker: 'Placement tie-breaker',
    staticAssignments: 'Static replica assignments',
    staticRackAssignments: 'Static rack assignments',
    config: 'Topic settings',
    role: SHARED.role,
    messageSchema: SHARED.messageSchema,
    depthAlert: SHARED.depthAlert,
    depthAlertMessages: SHARED.depthAlertMessages,
  },
  'rabbitmq-exchange': {
    vhost: 'Virtual host',
    type: 'Exchange type',
    durable: 'Durable',
    autoDelete: 'Auto-delete',
    internal: 'Internal',
    external: 'Declared elsewhere',
    messageSchema: SHARED.messageSchema,
  },
  'rabbitmq-queue': {
    vhost: 'Virtual host',
    type: 'Queue type',
    durable: 'Durable',
    exclusive: 'Exclusive',
    autoDelete: 'Auto-delete',
    arguments: 'Queue arguments',
    policy: 'Policy keys',
    role: SHARED.role,
    messageSchema: SHARED.messageSchema,
    depthAlert: SHARED.depthAlert,
    depthAlertMessages: SHARED.depthAlertMessages,
  },
  'nats-stream': {
    subjects: 'Subjects',
    retention: 'Retention policy',
    storage: 'Storage',
    num_replicas: 'Replicas',
    max_age: 'Max age',
    max_bytes: 'Max size (bytes)',
    max_msgs: 'Max messages',
    max_msg_size: 'Max message size (bytes)',
    discard: 'When full, discard',
    duplicate_window: 'Duplicate window',
    role: SHARED.role,
    messageSchema: SHARED.messageSchema,
    depthAlert: SHARED.depthAlert,
    depthAlertMessages: SHARED.depthAlertMessages,
  },
  'artemis-address': {
    routingType: 'Routing type',
    settings: 'Address settings',
    messageSchema: SHARED.messageSchema,
  },
  'artemis-queue': {
    durable: 'Durable',
    filter: 'Filter (selector)',
    exclusive: 'Exclusive (one consumer at a time)',
    'last-value-key': 'Last-value key',
    'group-rebalance': 'Rebalance message groups',
    'group-buckets': 'Group buckets',
    'max-consumers': 'Max consumers',
    'purge-on-no-consumers': 'Purge when no consumers',
    role: SHARED.role,
    messageSchema: SHARED.messageSchema,
    depthAlert: SHARED.depthAlert,
    depthAlertMessages: SHARED.depthAlertMessages,
  },
  'sqs-queue': {
    fifo: 'FIFO',
    contentBasedDeduplication: 'Content-based deduplication',
    highThroughputFifo: 'High-throughput FIFO',
    visibilityTimeout: 'Visibility timeout (s)',
    messageRetentionPeriod: 'Retention (s)',
    delaySeconds: 'Delivery delay (s)',
    receiveMessageWaitTimeSeconds: 'Long-poll wait (s)',
    maximumMessageSize: 'Max message size (bytes)',
    kmsManagedKey: 'Encryption key',
    role: SHARED.role,
    messageSchema: SHARED.messageSchema,
    depthAlert: SHARED.depthAlert,
    depthAlertMessages: SHARED.depthAlertMessages,
  },
  'sns-topic': {
    fifo: 'FIFO',
    contentBasedDeduplication: 'Content-based deduplication',
    messageSchema: SHARED.messageSchema,
  },
  ...pubsubFieldLabels(SHARED),
  ...pulsarFieldLabels(SHARED),
  ...servicebusFieldLabels(SHARED),
  'consumer-group': {
    ...REQUIREMENT_OVERRIDES,
    requirements: 'Own requirements',
    groupId: 'Group id',
    client: SHARED.client,
    lifecycle: 'Lifecycle',
    startsBeforePublishers: 'Subscribed before publishers start',
    instances: 'Instances',
    standbyInstances: 'Standby instances',
    concurrency: 'Handlers per instance',
    processingMsP50: 'Processing time p50 (ms)',
    processingMsP99: 'Processing time p99 (ms)',
    ackMode: 'Acknowledgement',
    prefetch: 'Prefetch (messages)',
    commitAfterProcessing: 'Commits after processing',
    asyncProcessing: 'Processes asynchronously',
    idempotent: 'Idempotent handler',
    dedupKey: 'De-duplication key',
    lagAlert: 'Alert on consumer lag',
    lagAlertSeconds: 'Lag alert above (s)',
    retry: 'Retries',
    'retry.maxRetries': 'Max retries',
    'retry.backoff': 'Backoff between retries',
    kafka: SHARED.kafka,
    rabbitmq: SHARED.rabbitmq,
    nats: SHARED.nats,
    'rabbitmq.globalQos': 'Global QoS',
    'rabbitmq.requeueOnError': 'Requeue on error',
    'rabbitmq.basicGet': 'Polls with basic.get',
    'nats.durable': 'Durable consumer',
    'nats.ack_policy': 'Ack policy',
    'nats.ack_wait': 'Ack wait',
    'nats.max_deliver': 'Max deliveries',
    'nats.backoff': 'Redelivery backoff',
    'nats.max_ack_pending': 'Max unacknowledged',
    'nats.filter_subjects': 'Filter subjects',
    'nats.deliver_group': 'Deliver group',
    'nats.deliver_subject': 'Deliver subject (push)',
    'nats.ackSync': 'Double ack (AckSync)',
    'nats.maxDeliveriesAdvisory': 'Handles the max-deliveries advisory',
    'nats.inProgressAcks': 'Sends in-progress acks',
    lambdaTimeoutSeconds: 'Lambda timeout (s)',
  },
  'event-store': {
    technology: 'Technology',
    aggregateType: 'Aggregate type',
    aggregateIdField: 'Aggregate id field',
    streamPerAggregate: 'One stream per aggregate',
    concurrencyCheck: 'Concurrency check',
    publishKey: 'Key of forwarded events',
    envelope: 'Event envelope',
    'envelope.eventId': 'Event id',
    'envelope.eventType': 'Event type',
    'envelope.aggregateId': 'Aggregate id',
    'envelope.aggregateVersion': 'Aggregate version',
    'envelope.timestamp': 'Timestamp',
    'envelope.correlationId': 'Correlation id',
    'envelope.causationId': 'Causation id',
    eventTypes: 'Event types',
    eventsPerAggregate: 'Events per aggregate',
  },
  projection: {
    ...REQUIREMENT_OVERRIDES,
    requirements: 'Own requirements',
    targetStore: 'Read model store',
    idempotentApply: 'Idempotent apply',
    rebuild: 'Rebuild',
    checkpoint: 'Checkpoint',
    mode: 'Update mode',
  },
  'connect-source': {
    connectorClass: 'Connector class',
    transforms: 'Transforms',
    'transforms.name': 'Transform name',
    'transforms.type': 'Transform class',
    'transforms.config': 'Transform settings',
    extra: 'Plugin settings',
    config: 'Connect settings',
    topicProperty: 'Plugin setting that names the topic',
    keyless: 'Some records have no key',
  },
  'connect-sink': {
    connectorClass: 'Connector class',
    transforms: 'Transforms',
    'transforms.name': 'Transform name',
    'transforms.type': 'Transform class',
    'transforms.config': 'Transform settings',
    extra: 'Plugin settings',
    config: 'Connect settings',
  },
  'external-system': {
    system: 'System',
  },
  'snapshot-policy': {
    everyEvents: 'Snapshot every (events)',
    storage: 'Snapshot storage',
    keepLast: 'Snapshots kept',
  },
};

const CONNECTION: { readonly [K in Exclude<keyof Connection, 'id' | 'from' | 'to'>]-?: string } = {
  kind: 'Kind',
  routingKey: 'Routing key',
  routingKeys: 'Routing keys',
  arguments: 'Arguments / headers',
  subject: 'NATS subject',
  subjects: 'NATS subjects',
  advisory: 'Reads the advisory',
  protocol: 'Subscription protocol',
  maxReceiveCount: 'Receives before dead-lettering',
  filterPolicy: 'Filter policy (JSON)',
  rawMessageDelivery: 'Raw message delivery',
  deadLetterQueue: 'Dead-letter queue',
  queuePolicyAllowsTopic: 'Queue policy allows this topic',
  notes: 'Notes',
};

/** What a field belongs to: a node kind, or one of the design's other parts. */
export type FieldScope = NodeKind | 'connection' | DesignFieldScope;

function scopeLabels(scope: NodeKind | 'connection'): Labels {
  switch (scope) {
    case 'connection':
      return CONNECTION;
    default:
      return { ...SHARED, ...KIND_LABELS[scope] };
  }
}

/**
 * Groups whose keys are a broker's own setting names (`retention.ms`,
 * `acks`, `x-message-ttl`): shown as they are. NATS's `num_replicas` and
 * friends sit among the design's own fields, so they have curated labels.
 */
const NATIVE_GROUPS: Partial<Record<NodeKind | 'connection', readonly string[]>> = {
  producer: ['kafka'],
  'consumer-group': ['kafka'],
  'kafka-topic': ['config'],
  'rabbitmq-queue': ['arguments', 'policy'],
  'artemis-address': ['settings'],
  'connect-source': ['config', 'extra'],
  'connect-sink': ['config', 'extra'],
  connection: ['arguments'],
};

/** Whether `path` is a setting inside a group of broker-named settings (so its key is its label). */
export function isNativeSetting(scope: NodeKind | 'connection', path: readonly string[]): boolean {
  return path.length === 2 && (NATIVE_GROUPS[scope]?.includes(path[0]) ?? false);
}

/**
 * The label of the field at `path` in `scope`, or `undefined` when it has
 * none (the field test keeps that from shipping).
 */
export function fieldLabel(scope: FieldScope, path: readonly string[]): string | undefined {
  if (scope === 'cluster' || scope === 'requirements' || scope === 'review') return designFieldLabel(scope, path);
  if (path.length === 0) return undefined;
  const curated = scopeLabels(scope)[path.join('.')];
  if (curated !== undefined) return curated;
  return isNativeSetting(scope, path) ? path[1] : undefined;
}
