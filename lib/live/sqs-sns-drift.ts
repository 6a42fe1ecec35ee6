import { SQS_CREATE_QUEUE_DEFAULTS_NOW, SQS_QUEUE_DEFAULTS } from '../brokers/sqs-sns/aws-defaults';
import type { SnsSubscriptionDef, SnsTopicDef, SqsQueueDef, SqsSnsTopology } from '../exporters/sqs-sns-topology';
import type { Difference } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { LiveQueue, LiveSubscription, LiveTopic, SqsSnsClusterState } from './sqs-sns-cluster-state';
import { queueWants, subscriptionName, subscriptionOf } from './sqs-sns-desired';
import { encryptionOf, lastPart } from './sqs-sns-snapshot-design';

/**
 * The differences between a design's SQS queues, SNS topics and SNS→SQS
 * subscriptions and a live account. SQS answers every attribute, set or not,
 * so each is compared with what the design writes or, where it writes
 * nothing, with AWS's default (which is what a queue created from the design
 * gets); a live value equal to AWS's default says so as its source.
 * Subscriptions of a drawn topic that the design does not draw are reported.
 */

export interface AttributeChange {
  setting: string;
  design?: string;
  live?: string;
  source?: string;
}

const AWS_DEFAULT = SQS_QUEUE_DEFAULTS.source.label;
const QUEUE_DEFAULTS: Readonly<Record<string, string>> = {
  FifoQueue: 'false',
  ContentBasedDeduplication: 'false',
  DeduplicationScope: 'queue',
  FifoThroughputLimit: 'perQueue',
  VisibilityTimeout: String(SQS_QUEUE_DEFAULTS.values.visibilityTimeout),
  MessageRetentionPeriod: String(SQS_QUEUE_DEFAULTS.values.messageRetentionPeriod),
  DelaySeconds: String(SQS_QUEUE_DEFAULTS.values.delaySeconds),
  ReceiveMessageWaitTimeSeconds: String(SQS_QUEUE_DEFAULTS.values.receiveMessageWaitTimeSeconds),
  MaximumMessageSize: String(SQS_QUEUE_DEFAULTS.values.maximumMessageSize),
  encryption: SQS_QUEUE_DEFAULTS.values.kmsManagedKey,
  RawMessageDelivery: 'false',
};

const DEFAULTS_NOW: Readonly<Record<string, string>> = { MaximumMessageSize: String(SQS_CREATE_QUEUE_DEFAULTS_NOW.maximumMessageSize) };

/** JSON text with its keys sorted, so two spellings of one policy compare equal; '' and '{}' are no policy. */
export function canonicalJson(value: unknown): string | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      parsed = JSON.parse(value);
    } catch {
      return value;
    }
  }
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  const text = JSON.stringify(sort(parsed));
  return text === '{}' ? undefined : text;
}

/** A redrive policy as `<dead-letter queue> after <n> receives` (the ARN's account is not the design's to say). */
export function redriveText(policy: string | undefined): string | undefined {
  if (!policy) return undefined;
  try {
    const p = JSON.parse(policy) as { deadLetterTargetArn?: string; maxReceiveCount?: unknown };
    if (!p.deadLetterTargetArn) return undefined;
    return `${lastPart(p.deadLetterTargetArn, ':')}${p.maxReceiveCount !== undefined ? ` after ${Number(p.maxReceiveCount)} receives` : ''}`;
  } catch {
    return policy;
  }
}

export function wantedEncryption(q: SqsQueueDef): string {
  if (q.customerManagedKey) return 'customer-managed';
  if (q.attributes.KmsMasterKeyId) return 'aws-managed';
  if (q.attributes.SqsManagedSseEnabled === false) return 'none';
  return SQS_QUEUE_DEFAULTS.values.kmsManagedKey;
}

function compare(pairs: Array<[setting: string, design: string | undefined, live: string | undefined]>, owner: string): AttributeChange[] {
  return pairs
    .filter(([, design, live]) => design !== live)
    .map(([setting, design, live]) => {
      const source = live === undefined ? undefined : QUEUE_DEFAULTS[setting] === live || DEFAULTS_NOW[setting] === live ? AWS_DEFAULT : `set on the ${owner}`;
      return { setting, ...(design !== undefined ? { design } : {}), ...(live !== undefined ? { live } : {}), ...(source ? { source } : {}) };
    });
}

export function queueChanges(want: SqsQueueDef, have: LiveQueue): AttributeChange[] {
  const wants = queueWants(want);
  const pairs: Array<[string, string | undefined, string | undefined]> = Object.entries(wants).map(([k, v]) => [k, v, have.attributes[k] ?? QUEUE_DEFAULTS[k]]);
  pairs.push(['encryption', wantedEncryption(want), encryptionOf(have.attributes)]);
  pairs.push(['RedrivePolicy', want.redrive ? `${want.redrive.deadLetterQueue.name} after ${want.redrive.maxReceiveCount} receives` : undefined, redriveText(have.attributes.RedrivePolicy)]);
  return compare(pairs, 'queue');
}

export function topicChanges(want: SnsTopicDef, have: LiveTopic): AttributeChange[] {
  const fifo = String(want.attributes.FifoTopic ?? false);
  const pairs: Array<[string, string | undefined, string | undefined]> = [['FifoTopic', fifo, have.attributes.FifoTopic ?? 'false']];
  if (fifo === 'true') pairs.push(['ContentBasedDeduplication', String(want.attributes.ContentBasedDeduplication ?? false), have.attributes.ContentBasedDeduplication ?? 'false']);
  return compare(pairs, 'topic');
}

export function subscriptionChanges(want: SnsSubscriptionDef, have: LiveSubscription): AttributeChange[] {
  return compare(
    [
      ['FilterPolicy', canonicalJson(want.filterPolicy), canonicalJson(have.attributes.FilterPolicy)],
      ['RawMessageDelivery', String(want.rawMessageDelivery ?? false), have.attributes.RawMessageDelivery ?? 'false'],
      ['RedrivePolicy', want.deadLetterQueue?.name, redriveText(have.attributes.RedrivePolicy)],
    ],
    'subscription',
  );
}

/** Live subscriptions by `topic>endpoint`. */
export const subscriptionIndex = (state: SqsSnsClusterState) => new Map(state.subscriptions.map((s) => [subscriptionName(s.topic, s.endpoint), s]));

export function sqsSnsDrift(desired: SqsSnsTopology, state: SqsSnsClusterState, scope: AuditScope = {}): Difference[] {
  const out: Difference[] = [];
  const add = (type: 'sqs-queue' | 'sns-topic' | 'subscription', name: string, changes: AttributeChange[] | undefined) => {
    if (changes === undefined) out.push({ kind: 'only-in-design', resource: { type, name } });
    else for (const c of changes) out.push({ kind: 'differs', resource: { type, name }, ...c });
  };
  const queues = new Map(state.queues.map((q) => [q.name, q]));
  const topics = new Map(state.topics.map((t) => [t.name, t]));
  const subscriptions = subscriptionIndex(state);
  for (const q of desired.queues) add('sqs-queue', q.node.name, queues.has(q.node.name) ? queueChanges(q, queues.get(q.node.name)!) : undefined);
  for (const t of desired.topics) add('sns-topic', t.node.name, topics.has(t.node.name) ? topicChanges(t, topics.get(t.node.name)!) : undefined);
  for (const s of desired.subscriptions) add('subscription', subscriptionOf(s), subscriptions.has(subscriptionOf(s)) ? subscriptionChanges(s, subscriptions.get(subscriptionOf(s))!) : undefined);
  const wantQueues = new Set(desired.queues.map((q) => q.node.name));
  const wantTopics = new Set(desired.topics.map((t) => t.node.name));
  const wantSubscriptions = new Set(desired.subscriptions.map(subscriptionOf));
  for (const q of state.queues)
    if (!wantQueues.has(q.name) && inScope(q.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'sqs-queue', name: q.name }, live: q.attributes.FifoQueue === 'true' ? 'FIFO' : 'standard' });
  for (const t of state.topics)
    if (!wantTopics.has(t.name) && inScope(t.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'sns-topic', name: t.name }, live: t.attributes.FifoTopic === 'true' ? 'FIFO' : 'standard' });
  for (const s of state.subscriptions) {
    const name = subscriptionName(s.topic, s.endpoint);
    // A drawn topic's subscribers are the design's to document; an undrawn topic is reported whole.
    if (wantSubscriptions.has(name) || !wantTopics.has(s.topic)) continue;
    out.push({ kind: 'only-in-cluster', resource: { type: 'subscription', name }, live: `${s.protocol}${s.attributes.FilterPolicy ? `, filter ${s.attributes.FilterPolicy}` : ''}` });
  }
  return out;
}
