import { SQS_QUEUE_DEFAULTS } from '../brokers/sqs-sns/aws-defaults';
import type { Design } from '../design';
import { buildSqsSnsTopology, SQS_RANGES, type SnsSubscriptionDef, type SqsQueueDef, type SqsSnsTopology } from '../exporters/sqs-sns-topology';
import { LiveImportError } from './live-error';

/**
 * What a design asks of one AWS account and region: the CloudFormation
 * exporter's own description of queues, topics and subscriptions
 * (sqs-sns-topology.ts), so an export and an apply of one design cannot
 * disagree. With `clusterId`, only the nodes on that cluster.
 */
export function sqsSnsDesired(design: Design, clusterId?: string): SqsSnsTopology {
  const built = buildSqsSnsTopology(design);
  if (!built.ok) throw new LiveImportError('invalid-input', `The design cannot be applied to SQS/SNS: ${built.errors.map((e) => `${e.nodeId ? `${e.nodeId}: ` : ''}${e.message}`).join(' ')}`);
  const t = built.topology;
  if (t.queues.length + t.topics.length === 0) throw new LiveImportError('invalid-input', 'The design has no SQS queue or SNS topic to compare with the account.');
  if (clusterId === undefined) return t;
  const on = (node: { cluster?: string }) => node.cluster === clusterId;
  const picked = { queues: t.queues.filter((q) => on(q.node)), topics: t.topics.filter((x) => on(x.node)), subscriptions: t.subscriptions.filter((s) => on(s.topic) && on(s.queue)) };
  if (picked.queues.length + picked.topics.length === 0) throw new LiveImportError('invalid-input', `The design has no SQS queue or SNS topic on cluster "${clusterId}".`);
  return picked;
}

/** A subscription's name in differences, operations and --allow-delete: `topic>queue`. */
export const subscriptionName = (topic: string, endpoint: string) => `${topic}>${endpoint}`;
export const subscriptionOf = (s: SnsSubscriptionDef) => subscriptionName(s.topic.name, s.queue.name);

/** Every attribute the audit compares, as SQS answers it (text): what the design writes, else AWS's default. */
export function queueWants(q: SqsQueueDef): Record<string, string> {
  const defaults = SQS_QUEUE_DEFAULTS.values;
  const out: Record<string, string> = { FifoQueue: String(q.node.fifo) };
  if (q.node.fifo) {
    out.ContentBasedDeduplication = String(q.attributes.ContentBasedDeduplication ?? false);
    out.DeduplicationScope = String(q.attributes.DeduplicationScope ?? 'queue');
    out.FifoThroughputLimit = String(q.attributes.FifoThroughputLimit ?? 'perQueue');
  }
  for (const [field, attribute] of SQS_RANGES) out[attribute] = String(q.attributes[attribute] ?? defaults[field as keyof typeof defaults]);
  return out;
}
