import type { Connection } from './connection';
import { designFieldLabel, REQUIREMENT_LABELS, type DesignFieldScope } from './design-field-labels';
import { artemisFieldLabels } from './field-labels-artemis';
import { eventsourcingFieldLabels } from './field-labels-eventsourcing';
import { kafkaFieldLabels } from './field-labels-kafka';
import { natsFieldLabels } from './field-labels-nats';
import { pubsubFieldLabels } from './field-labels-pubsub';
import { pulsarFieldLabels } from './field-labels-pulsar';
import { rabbitmqFieldLabels } from './field-labels-rabbitmq';
import { servicebusFieldLabels } from './field-labels-servicebus';
import { servicesFieldLabels } from './field-labels-services';
import { sqsSnsFieldLabels } from './field-labels-sqs-sns';
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

/** Every kind's own labels, one table per family (field-labels-<family>.ts): a kind none of them labels does not compile. */
const KIND_LABELS: KindLabels = {
  ...servicesFieldLabels(SHARED, REQUIREMENT_OVERRIDES),
  ...kafkaFieldLabels(SHARED),
  ...rabbitmqFieldLabels(SHARED),
  ...natsFieldLabels(SHARED),
  ...sqsSnsFieldLabels(SHARED),
  ...pubsubFieldLabels(SHARED),
  ...pulsarFieldLabels(SHARED),
  ...servicebusFieldLabels(SHARED),
  ...artemisFieldLabels(SHARED),
  ...eventsourcingFieldLabels(REQUIREMENT_OVERRIDES),
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

/** Every label of a scope by dotted field path: the words all kinds share and the kind's own, or a connection's. */
export function scopeLabels(scope: NodeKind | 'connection'): Labels {
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
