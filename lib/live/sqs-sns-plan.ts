import type { SnsSubscriptionDef, SnsTopicDef, SqsQueueDef, SqsSnsTopology } from '../exporters/sqs-sns-topology';
import { resourceKey, type Blocked, type Operation, type Plan, type ResourceRef, type Safety } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { SqsSnsClusterState } from './sqs-sns-cluster-state';
import { queueWants, subscriptionName, subscriptionOf } from './sqs-sns-desired';
import { queueChanges, subscriptionChanges, subscriptionIndex, topicChanges, type AttributeChange } from './sqs-sns-drift';

/**
 * The ordered operations that make an account match a design, by SQS's and
 * SNS's rules: a queue or topic cannot become FIFO or stop being one (AWS
 * also wants a FIFO name to end in .fifo, so the design's FIFO queue is a new
 * queue beside the old one), so that is a delete and a create, destructive and
 * planned only with --allow-delete; a customer-managed key is the
 * deployment's, never guessed. Every other attribute, redrive policy and
 * subscription attribute (filter policy, raw delivery) changes in place.
 * Order: deletes, queues (dead-letter queues before the queues that name
 * them), topics, subscriptions.
 */

export interface SqsSnsPlanOptions {
  allowDelete?: ReadonlySet<string>;
  scope?: AuditScope;
}

interface Builder {
  allow: ReadonlySet<string>;
  deletes: Operation[];
  queues: Operation[];
  topics: Operation[];
  subscriptions: Operation[];
  blocked: Blocked[];
}

const what = (changes: AttributeChange[]) => changes.map((c) => `${c.setting} ${c.live ?? 'unset'} → ${c.design ?? 'unset'}`).join(', ');
const text = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, String(v)]));
const redriveOf = (q: SqsQueueDef) => (q.redrive ? { redrive: { deadLetterQueue: q.redrive.deadLetterQueue.name, maxReceiveCount: q.redrive.maxReceiveCount } } : {});

/** Why an attribute change disturbs senders, receivers or stored messages, if it does. */
function queueRisk(c: AttributeChange): string | undefined {
  const lower = Number(c.design) < Number(c.live);
  if (c.setting === 'MessageRetentionPeriod' && lower) return 'messages older than the new retention period are deleted';
  if (c.setting === 'MaximumMessageSize' && lower) return 'senders of larger messages are refused';
  if (c.setting === 'RedrivePolicy' && c.design !== undefined) return `messages received too often now move to ${c.design.replace(/ after .*/, '')}`;
  if (c.setting === 'RedrivePolicy') return 'messages that fail are no longer moved to a dead-letter queue';
  if (c.setting === 'DelaySeconds' && !lower) return 'new messages are held back longer before receivers see them';
  return undefined;
}

/** The SetQueueAttributes values for the changed settings (encryption and redrive by their SQS names). */
function queueAttributeUpdate(q: SqsQueueDef, changes: AttributeChange[]): Record<string, unknown> {
  const attributes: Record<string, string> = {};
  let redrive: Record<string, unknown> = {};
  for (const c of changes) {
    if (c.setting === 'encryption') {
      if (c.design === 'aws-managed') attributes.KmsMasterKeyId = 'alias/aws/sqs';
      else attributes.SqsManagedSseEnabled = String(c.design === 'sqs-managed');
    } else if (c.setting === 'RedrivePolicy') {
      if (q.redrive) redrive = redriveOf(q);
      // An empty policy is how SQS removes one.
      else attributes.RedrivePolicy = '';
    } else attributes[c.setting] = c.design ?? '';
  }
  return { name: q.node.name, attributes, ...redrive };
}

/**
 * CreateQueue's attributes: the design's, and for what it leaves unset the
 * value the design resolves it to, so the queue is what the design means even
 * where AWS's own default has moved (MaximumMessageSize became 1 MiB for new
 * queues in 2025; the design's default is still 256 KiB).
 */
function createAttributes(q: SqsQueueDef): Record<string, string> {
  const { FifoQueue, ...resolved } = queueWants(q);
  return { ...(FifoQueue === 'true' ? { FifoQueue } : {}), ...resolved, ...text(q.attributes) };
}

function block(b: Builder, resource: ResourceRef, why: string): void {
  b.blocked.push({ resource, why });
}

function planQueue(b: Builder, q: SqsQueueDef, have: SqsSnsClusterState['queues'][number] | undefined): void {
  const resource = { type: 'sqs-queue' as const, name: q.node.name };
  const create = (why: string): Operation => ({ action: 'create-queue', resource, safety: 'safe', why, details: { name: q.node.name, attributes: createAttributes(q), ...redriveOf(q) } });
  if (q.customerManagedKey) return block(b, resource, "its customer-managed KMS key is the deployment's to give (the CloudFormation export takes it as a parameter); apply does not choose one.");
  if (!have) return void b.queues.push(create('a new queue; nothing sends to it yet.'));
  const changes = queueChanges(q, have);
  if (changes.length === 0) return;
  const fifo = changes.find((c) => c.setting === 'FifoQueue');
  if (fifo) {
    if (!b.allow.has(resourceKey(resource)))
      return block(
        b,
        resource,
        `SQS cannot make a queue FIFO or standard once it exists (${what([fifo])}); it is a delete and create that loses every message in it: pass --allow-delete ${resourceKey(resource)}.`,
      );
    b.deletes.push({
      action: 'delete-queue',
      resource,
      safety: 'destructive',
      why: `SQS cannot change FifoQueue (${what([fifo])}): the queue is deleted with every message in it, and created again (AWS waits 60 s before a deleted queue's name can be used again).`,
      details: { name: q.node.name },
    });
    return void b.queues.push(create(`created again as the design has it (${what(changes)}).`));
  }
  const risks = changes.map(queueRisk).filter((r): r is string => r !== undefined);
  const safety: Safety = risks.length > 0 ? 'disruptive' : 'safe';
  b.queues.push({
    action: 'set-queue-attributes',
    resource,
    safety,
    why: `changed in place (${what(changes)})${risks.length > 0 ? `: ${risks.join('; ')}` : '; messages and receivers are not disturbed'}.`,
    details: queueAttributeUpdate(q, changes),
  });
}

function planTopic(b: Builder, t: SnsTopicDef, have: SqsSnsClusterState['topics'][number] | undefined): boolean {
  const resource = { type: 'sns-topic' as const, name: t.node.name };
  const create = (why: string): Operation => ({ action: 'create-topic', resource, safety: 'safe', why, details: { name: t.node.name, attributes: text(t.attributes) } });
  if (!have) {
    b.topics.push(create('a new topic; nothing publishes to it yet.'));
    return true;
  }
  const changes = topicChanges(t, have);
  if (changes.length === 0) return false;
  const fifo = changes.find((c) => c.setting === 'FifoTopic');
  if (!fifo) {
    b.topics.push({
      action: 'set-topic-attributes',
      resource,
      safety: 'safe',
      why: `changed in place (${what(changes)}).`,
      details: { name: t.node.name, arn: have.arn, attributes: Object.fromEntries(changes.map((c) => [c.setting, c.design ?? ''])) },
    });
    return false;
  }
  if (!b.allow.has(resourceKey(resource))) {
    block(
      b,
      resource,
      `SNS cannot make a topic FIFO or standard once it exists (${what([fifo])}); it is a delete and create that drops its subscriptions: pass --allow-delete ${resourceKey(resource)}.`,
    );
    return false;
  }
  b.deletes.push({
    action: 'delete-topic',
    resource,
    safety: 'destructive',
    why: `SNS cannot change FifoTopic (${what([fifo])}): the topic is deleted with its subscriptions, and created again.`,
    details: { name: t.node.name, arn: have.arn },
  });
  b.topics.push(create(`created again as the design has it (${what(changes)}).`));
  return true;
}

function subscribeOp(s: SnsSubscriptionDef, why = "a new subscription; the queue receives the topic's messages from now on."): Operation {
  const attributes: Record<string, string> = {};
  if (s.filterPolicy !== undefined) attributes.FilterPolicy = JSON.stringify(s.filterPolicy);
  if (s.rawMessageDelivery !== undefined) attributes.RawMessageDelivery = String(s.rawMessageDelivery);
  return {
    action: 'subscribe',
    resource: { type: 'subscription', name: subscriptionOf(s) },
    safety: 'safe',
    why,
    details: { topic: s.topic.name, queue: s.queue.name, attributes, ...(s.deadLetterQueue ? { deadLetterQueue: s.deadLetterQueue.name } : {}) },
  };
}

function planSubscription(b: Builder, s: SnsSubscriptionDef, have: SqsSnsClusterState['subscriptions'][number] | undefined): void {
  if (!have) return void b.subscriptions.push(subscribeOp(s));
  const changes = subscriptionChanges(s, have);
  if (changes.length === 0) return;
  const attributes = Object.fromEntries(changes.filter((c) => c.setting !== 'RedrivePolicy').map((c) => [c.setting, c.design ?? (c.setting === 'FilterPolicy' ? '{}' : '')]));
  const redrive = changes.some((c) => c.setting === 'RedrivePolicy') ? { deadLetterQueue: s.deadLetterQueue?.name ?? null } : {};
  const filter = changes.some((c) => c.setting === 'FilterPolicy');
  b.subscriptions.push({
    action: 'set-subscription-attributes',
    resource: { type: 'subscription', name: subscriptionOf(s) },
    safety: filter ? 'disruptive' : 'safe',
    why: `changed in place (${what(changes)})${filter ? ': the queue receives other messages of the topic from now on' : ''}.`,
    details: { arn: have.arn, attributes, ...redrive },
  });
}

function planExtras(b: Builder, desired: SqsSnsTopology, state: SqsSnsClusterState, scope: AuditScope): void {
  const extra = (resource: ResourceRef, action: string, why: string, details: Record<string, unknown>, hint = '') => {
    if (b.allow.has(resourceKey(resource))) b.deletes.push({ action, resource, safety: 'destructive', why, details });
    else block(b, resource, `only in the cluster${hint}; not deleted without --allow-delete ${resourceKey(resource)}.`);
  };
  const wantQueues = new Map(desired.queues.map((q) => [q.node.name, q]));
  const wantTopics = new Set(desired.topics.map((t) => t.node.name));
  const wantSubscriptions = new Set(desired.subscriptions.map(subscriptionOf));
  const goneTopics = new Set<string>();
  for (const q of state.queues) {
    if (wantQueues.has(q.name) || !inScope(q.name, scope)) continue;
    // The design's FIFO twin of a standard queue (or the other way round): SQS cannot convert, so the twin is a new queue.
    const twin = wantQueues.get(q.name.endsWith('.fifo') ? q.name.slice(0, -5) : `${q.name}.fifo`);
    const hint = twin
      ? ` (the design has it as ${twin.node.fifo ? 'the FIFO queue' : 'the standard queue'} ${twin.node.name}: SQS cannot make a queue ${twin.node.fifo ? 'FIFO' : 'standard'}, so that is a new queue and this one, with its messages, stays until deleted)`
      : '';
    extra({ type: 'sqs-queue', name: q.name }, 'delete-queue', 'the design has no such queue: it is deleted with every message in it.', { name: q.name }, hint);
  }
  for (const t of state.topics) {
    if (wantTopics.has(t.name) || !inScope(t.name, scope)) continue;
    if (b.allow.has(`sns-topic:${t.name}`)) goneTopics.add(t.name);
    extra({ type: 'sns-topic', name: t.name }, 'delete-topic', 'the design has no such topic: publishers to it get errors, and its subscriptions go with it.', { name: t.name, arn: t.arn });
  }
  const recreated = new Set(b.deletes.filter((o) => o.action === 'delete-topic').map((o) => o.resource.name));
  for (const s of state.subscriptions) {
    const name = subscriptionName(s.topic, s.endpoint);
    if (wantSubscriptions.has(name) || !wantTopics.has(s.topic) || goneTopics.has(s.topic) || recreated.has(s.topic)) continue;
    extra({ type: 'subscription', name }, 'unsubscribe', "the design has no such subscription: its endpoint stops receiving the topic's messages.", { arn: s.arn });
  }
}

/** Queues that others name as their dead-letter queue first: a redrive policy needs its target to exist. */
function deadLettersFirst(queues: SqsQueueDef[]): SqsQueueDef[] {
  const targets = new Set(queues.flatMap((q) => (q.redrive ? [q.redrive.deadLetterQueue.name] : [])));
  return [...queues.filter((q) => targets.has(q.node.name)), ...queues.filter((q) => !targets.has(q.node.name))];
}

/**
 * A queue the plan may not create (a customer-managed key) takes with it what
 * needs it: a queue that dead-letters into it and a subscription that delivers
 * or dead-letters into it would fail at apply, after the operations before them.
 */
function blockWhatNeedsBlocked(b: Builder, desired: SqsSnsTopology, existing: ReadonlySet<string>): void {
  const missing = new Set(b.blocked.filter((x) => x.resource.type === 'sqs-queue' && !existing.has(x.resource.name)).map((x) => x.resource.name));
  const drop = (ops: Operation[], resource: ResourceRef, needs: string) => {
    const at = ops.findIndex((o) => o.resource.type === resource.type && o.resource.name === resource.name);
    if (at < 0) return false;
    ops.splice(at, 1);
    block(b, resource, `it needs the queue ${needs}, which this plan cannot create.`);
    return true;
  };
  // Queues first, to a fixed point: a queue blocked this way blocks what dead-letters into it.
  for (let changed = true; changed;) {
    changed = false;
    for (const q of desired.queues) {
      const dlq = q.redrive?.deadLetterQueue.name;
      if (dlq !== undefined && missing.has(dlq) && !missing.has(q.node.name) && drop(b.queues, { type: 'sqs-queue', name: q.node.name }, dlq)) {
        missing.add(q.node.name);
        changed = true;
      }
    }
  }
  for (const s of desired.subscriptions) {
    const needs = [s.queue.name, s.deadLetterQueue?.name].find((name) => name !== undefined && missing.has(name));
    if (needs !== undefined) drop(b.subscriptions, { type: 'subscription', name: subscriptionOf(s) }, needs);
  }
}

export function planSqsSns(desired: SqsSnsTopology, state: SqsSnsClusterState, options: SqsSnsPlanOptions = {}): Plan {
  const b: Builder = { allow: options.allowDelete ?? new Set(), deletes: [], queues: [], topics: [], subscriptions: [], blocked: [] };
  const queues = new Map(state.queues.map((q) => [q.name, q]));
  const topics = new Map(state.topics.map((t) => [t.name, t]));
  const subscriptions = subscriptionIndex(state);
  for (const q of deadLettersFirst(desired.queues)) planQueue(b, q, queues.get(q.node.name));
  const fresh = new Set(desired.topics.filter((t) => planTopic(b, t, topics.get(t.node.name))).map((t) => t.node.name));
  // A created (or re-created) topic has no subscriptions yet.
  for (const s of desired.subscriptions) planSubscription(b, s, fresh.has(s.topic.name) ? undefined : subscriptions.get(subscriptionOf(s)));
  planExtras(b, desired, state, options.scope ?? {});
  blockWhatNeedsBlocked(b, desired, new Set(queues.keys()));
  return { operations: [...b.deletes, ...b.queues, ...b.topics, ...b.subscriptions], blocked: b.blocked };
}
