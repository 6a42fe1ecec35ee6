import { SQS_QUEUE_DEFAULTS, type SqsQueueDefaults } from '../brokers/sqs-sns/aws-defaults';
import { DesignBuilder, guard, short } from '../importers/builder';
import type { ImportResult } from '../importers/importer';

/**
 * An AWS account's SQS queues and SNS topics and subscriptions in one region,
 * as the SQS and SNS APIs describe them (GetQueueAttributes,
 * GetTopicAttributes, GetSubscriptionAttributes: every value a string), → a
 * design, the way the CloudFormation exporter writes one back:
 *
 * - a queue → an sqs-queue with its attributes; a RedrivePolicy → a
 *   dead-letter connection to the target queue, with maxReceiveCount;
 * - a topic → an sns-topic (FIFO, content-based deduplication);
 * - an SQS subscription → a subscription connection to the queue, with the
 *   FilterPolicy (its JSON text), RawMessageDelivery and the subscription's
 *   own dead-letter queue.
 *
 * SQS answers every attribute, set or not, so a value cannot say whether
 * someone chose it: a value equal to AWS's default (lib/brokers/sqs-sns/
 * aws-defaults.ts) stays unset in the design, which resolves it to that very
 * default, and only the values that differ are written. What the design does
 * not hold (redrive allow policies, a filter on the message body, other
 * subscription protocols) is reported, never dropped silently.
 *
 * Pure: no network; the reader (sqs-sns-reader.ts) makes the snapshot, and an
 * audit can compare one without building a design.
 */

export interface LiveSqsQueue {
  url: string;
  attributes: Readonly<Record<string, string>>;
}

export interface LiveSnsTopic {
  arn: string;
  attributes: Readonly<Record<string, string>>;
}

export interface LiveSnsSubscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  /** Empty for a subscription still pending confirmation (it has no attributes to read). */
  attributes: Readonly<Record<string, string>>;
}

export interface LiveSqsSnsSnapshot {
  region: string;
  queues: readonly LiveSqsQueue[];
  topics: readonly LiveSnsTopic[];
  subscriptions: readonly LiveSnsSubscription[];
}

/** The last part of an ARN (arn:aws:sqs:region:account:name) or a queue URL (…/account/name). */
export function lastPart(text: string, separator: ':' | '/'): string {
  return text.split(separator).pop() ?? text;
}

/** SQS's numeric attributes the design holds, by their design field. */
const NUMERIC: ReadonlyArray<readonly [attribute: string, field: keyof SqsQueueDefaults]> = [
  ['VisibilityTimeout', 'visibilityTimeout'],
  ['MessageRetentionPeriod', 'messageRetentionPeriod'],
  ['DelaySeconds', 'delaySeconds'],
  ['ReceiveMessageWaitTimeSeconds', 'receiveMessageWaitTimeSeconds'],
  ['MaximumMessageSize', 'maximumMessageSize'],
];

/** Which server-side encryption the attributes describe (the design's kmsManagedKey). */
export function encryptionOf(attributes: Readonly<Record<string, string>>): SqsQueueDefaults['kmsManagedKey'] {
  const key = attributes.KmsMasterKeyId;
  if (key) return key === 'alias/aws/sqs' ? 'aws-managed' : 'customer-managed';
  return attributes.SqsManagedSseEnabled === 'false' ? 'none' : 'sqs-managed';
}

interface Redrive {
  deadLetterTargetArn?: unknown;
  maxReceiveCount?: unknown;
}

/** Adds one queue, with the attributes the design holds and a note for each it does not. */
function addQueue(b: DesignBuilder, cluster: string, queue: LiveSqsQueue, queueByArn: Map<string, string>): void {
  const defaults = SQS_QUEUE_DEFAULTS.values;
  const a = queue.attributes;
  const name = a.QueueArn ? lastPart(a.QueueArn, ':') : lastPart(queue.url, '/');
  const at = (attribute: string) => `queues["${short(name)}"].${attribute}`;
  const props: Record<string, unknown> = { cluster };
  if (a.FifoQueue === 'true') {
    props.fifo = true;
    if (a.ContentBasedDeduplication === 'true') props.contentBasedDeduplication = true;
    if (a.DeduplicationScope === 'messageGroup' && a.FifoThroughputLimit === 'perMessageGroupId') props.highThroughputFifo = true;
    else if ((a.DeduplicationScope ?? 'queue') !== 'queue' || (a.FifoThroughputLimit ?? 'perQueue') !== 'perQueue') {
      b.note(
        at('DeduplicationScope'),
        `DeduplicationScope=${short(a.DeduplicationScope ?? '')} with FifoThroughputLimit=${short(a.FifoThroughputLimit ?? '')} is not represented in the design (it holds high-throughput FIFO: messageGroup with perMessageGroupId).`,
      );
    }
  }
  for (const [attribute, field] of NUMERIC) {
    const text = a[attribute];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isInteger(value)) b.note(at(attribute), `"${short(text)}" is not a whole number; ignored.`);
    else if (value !== defaults[field]) props[field] = value;
  }
  const encryption = encryptionOf(a);
  if (encryption !== defaults.kmsManagedKey) props.kmsManagedKey = encryption;
  if (a.RedriveAllowPolicy !== undefined) {
    const allow = json(b, a.RedriveAllowPolicy, at('RedriveAllowPolicy'));
    // allowAll is what a queue without the attribute allows.
    if (allow && allow.redrivePermission !== 'allowAll') b.note(at('RedriveAllowPolicy'), `The redrive allow policy (${short(a.RedriveAllowPolicy)}) is not represented in the design.`);
  }
  const id = b.addNode('sqs-queue', name, props, `queues["${short(name)}"]`);
  if (id && a.QueueArn) queueByArn.set(a.QueueArn, id);
}

/** Connects a queue to its dead-letter queue, once every queue exists. */
function connectDeadLetter(b: DesignBuilder, queue: LiveSqsQueue, queueByArn: ReadonlyMap<string, string>): void {
  const a = queue.attributes;
  const from = a.QueueArn ? queueByArn.get(a.QueueArn) : undefined;
  const path = `queues["${short(lastPart(a.QueueArn ?? queue.url, a.QueueArn ? ':' : '/'))}"].RedrivePolicy`;
  const redrive = json(b, a.RedrivePolicy, path) as Redrive | undefined;
  if (!from || !redrive) return;
  const target = typeof redrive.deadLetterTargetArn === 'string' ? queueByArn.get(redrive.deadLetterTargetArn) : undefined;
  if (!target) {
    b.note(path, `The dead-letter queue ${short(String(redrive.deadLetterTargetArn))} is not among the queues read (another account or region?); the redrive policy is left out.`);
    return;
  }
  const count = Number(redrive.maxReceiveCount);
  b.connect('dead-letter', from, target, Number.isInteger(count) && count >= 1 && count <= 1000 ? { maxReceiveCount: count } : {}, path);
}

/** Adds one topic; its encryption key is noted, not held. */
function addTopic(b: DesignBuilder, cluster: string, topic: LiveSnsTopic, topicByArn: Map<string, string>): void {
  const a = topic.attributes;
  const name = lastPart(topic.arn, ':');
  const props: Record<string, unknown> = { cluster };
  if (a.FifoTopic === 'true') {
    props.fifo = true;
    if (a.ContentBasedDeduplication === 'true') props.contentBasedDeduplication = true;
  }
  if (a.KmsMasterKeyId) b.note(`topics["${short(name)}"].KmsMasterKeyId`, "The topic's encryption key is not represented in the design.");
  const id = b.addNode('sns-topic', name, props, `topics["${short(name)}"]`);
  if (id) topicByArn.set(topic.arn, id);
}

/** Connects a topic to a subscribed SQS queue, with its filter policy, raw delivery and dead-letter queue; other protocols are noted. */
function connectSubscription(b: DesignBuilder, sub: LiveSnsSubscription, topicByArn: ReadonlyMap<string, string>, queueByArn: ReadonlyMap<string, string>): void {
  const path = `subscriptions["${short(sub.arn)}"]`;
  const topic = topicByArn.get(sub.topicArn);
  if (!topic) return;
  if (sub.protocol !== 'sqs') {
    b.note(path, `A ${short(sub.protocol)} subscription of topic "${short(lastPart(sub.topicArn, ':'))}" (to ${short(sub.endpoint)}) is not represented; only subscriptions of SQS queues are.`);
    return;
  }
  const queue = queueByArn.get(sub.endpoint);
  if (!queue) {
    b.note(path, `The subscribed queue ${short(sub.endpoint)} is not among the queues read (another account or region?); the subscription is left out.`);
    return;
  }
  const a = sub.attributes;
  if (a.PendingConfirmation === 'true' || sub.arn === 'PendingConfirmation') b.note(path, 'The subscription is still pending confirmation.');
  const props: Record<string, unknown> = {};
  if (a.FilterPolicy !== undefined && a.FilterPolicy.trim() !== '' && json(b, a.FilterPolicy, `${path}.FilterPolicy`)) props.filterPolicy = a.FilterPolicy;
  if (a.FilterPolicyScope === 'MessageBody')
    b.note(`${path}.FilterPolicyScope`, 'The filter policy applies to the message body; the design holds the policy but not its scope (it is taken to apply to message attributes).');
  if (a.RawMessageDelivery === 'true') props.rawMessageDelivery = true;
  const redrive = json(b, a.RedrivePolicy, `${path}.RedrivePolicy`) as Redrive | undefined;
  if (redrive) {
    const dlq = typeof redrive.deadLetterTargetArn === 'string' ? queueByArn.get(redrive.deadLetterTargetArn) : undefined;
    if (dlq) props.deadLetterQueue = dlq;
    else b.note(`${path}.RedrivePolicy`, `The subscription's dead-letter queue ${short(String(redrive.deadLetterTargetArn))} is not among the queues read; left out.`);
  }
  b.connect('subscription', topic, queue, props, path);
}

/** A JSON attribute (RedrivePolicy, FilterPolicy …), or undefined with a note when it is not JSON. */
function json(b: DesignBuilder, text: string | undefined, path: string): Record<string, unknown> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  b.note(path, 'is not a JSON object; ignored.');
  return undefined;
}

/** The snapshot as a design: queues first, so dead-letter queues and subscriptions find their targets (see the top of this file). */
export function sqsSnsSnapshotToDesign(snapshot: LiveSqsSnsSnapshot): ImportResult {
  return guard(() => {
    const b = new DesignBuilder();
    const cluster = b.addCluster(`AWS ${snapshot.region}`, 'sqs-sns', {}, 'region');
    const queueByArn = new Map<string, string>();
    for (const queue of snapshot.queues) addQueue(b, cluster, queue, queueByArn);
    for (const queue of snapshot.queues) connectDeadLetter(b, queue, queueByArn);
    const topicByArn = new Map<string, string>();
    for (const topic of snapshot.topics) addTopic(b, cluster, topic, topicByArn);
    for (const sub of snapshot.subscriptions) connectSubscription(b, sub, topicByArn, queueByArn);
    return b.build(`AWS ${snapshot.region}`);
  });
}
