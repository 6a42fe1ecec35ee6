import { describe, expect, it } from 'vitest';
import type { Design, SqsQueueNode } from '../design';
import { buildTemplate } from '../exporters/cloudformation';
import { sqsSnsSnapshotToDesign, type LiveSqsSnsSnapshot } from './sqs-sns-snapshot-design';

/** SQS/SNS attributes (as the APIs answer them: strings) → a design, and back out through the CloudFormation exporter. */

const ARN = (service: 'sqs' | 'sns', name: string) => `arn:aws:${service}:eu-west-1:123456789012:${name}`;
const URL_ = (name: string) => `https://sqs.eu-west-1.amazonaws.com/123456789012/${name}`;
/** What GetQueueAttributes answers for a queue created without attributes (AWS's defaults). */
const DEFAULTS = { VisibilityTimeout: '30', MessageRetentionPeriod: '345600', DelaySeconds: '0', ReceiveMessageWaitTimeSeconds: '0', MaximumMessageSize: '262144', SqsManagedSseEnabled: 'true' };
const queue = (name: string, attributes: Record<string, string> = {}) => ({ url: URL_(name), attributes: { QueueArn: ARN('sqs', name), ...DEFAULTS, ...attributes } });

function imported(snapshot: Partial<LiveSqsSnsSnapshot>): { design: Design; notes: string[] } {
  const result = sqsSnsSnapshotToDesign({ region: 'eu-west-1', queues: [], topics: [], subscriptions: [], ...snapshot });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map((n) => `${n.path}: ${n.message}`) };
}

const queueNamed = (design: Design, name: string) => design.nodes.find((n): n is SqsQueueNode => n.kind === 'sqs-queue' && n.name === name)!;

describe('sqsSnsSnapshotToDesign', () => {
  it('leaves values equal to AWS defaults unset and writes those that differ', () => {
    const { design, notes } = imported({ queues: [queue('plain'), queue('tuned', { VisibilityTimeout: '90', MaximumMessageSize: '1048576', SqsManagedSseEnabled: 'false' })] });
    const plain = queueNamed(design, 'plain');
    expect([plain.visibilityTimeout, plain.messageRetentionPeriod, plain.delaySeconds, plain.receiveMessageWaitTimeSeconds, plain.maximumMessageSize, plain.kmsManagedKey]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const tuned = queueNamed(design, 'tuned');
    expect([tuned.visibilityTimeout, tuned.maximumMessageSize, tuned.kmsManagedKey]).toEqual([90, 1048576, 'none']);
    expect(notes).toEqual([]);
  });

  it('reads the encryption key: AWS-managed, customer-managed', () => {
    const { design } = imported({
      queues: [
        queue('a', { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false' }),
        queue('c', { KmsMasterKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1', SqsManagedSseEnabled: 'false' }),
      ],
    });
    expect([queueNamed(design, 'a').kmsManagedKey, queueNamed(design, 'c').kmsManagedKey]).toEqual(['aws-managed', 'customer-managed']);
  });

  it('reads FIFO, content-based deduplication and high-throughput FIFO', () => {
    const { design } = imported({
      queues: [queue('f.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' })],
    });
    expect(queueNamed(design, 'f.fifo')).toMatchObject({ fifo: true, contentBasedDeduplication: true, highThroughputFifo: true });
  });

  it('reports what the design cannot hold and redrive targets it did not read, and survives attributes that are not JSON', () => {
    const { design, notes } = imported({
      queues: [
        queue('a', { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'byQueue', sourceQueueArns: [ARN('sqs', 'b')] }) }),
        queue('b', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('sqs', 'elsewhere'), maxReceiveCount: 3 }) }),
        queue('c', { RedrivePolicy: '{not json' }),
        queue('d', { RedriveAllowPolicy: JSON.stringify({ redrivePermission: 'allowAll' }) }),
      ],
    });
    expect(design.connections).toEqual([]);
    expect(notes).toEqual([
      expect.stringMatching(/^queues\["a"\]\.RedriveAllowPolicy: The redrive allow policy .* is not represented/),
      expect.stringMatching(/^queues\["b"\]\.RedrivePolicy: The dead-letter queue .*elsewhere is not among the queues read/),
      'queues["c"].RedrivePolicy: is not a JSON object; ignored.',
    ]);
  });

  it('exports through CloudFormation to the attributes it read', () => {
    const policy = JSON.stringify({ type: ['created'] });
    const { design } = imported({
      queues: [queue('orders', { VisibilityTimeout: '120', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('sqs', 'orders-dlq'), maxReceiveCount: '7' }) }), queue('orders-dlq')],
      topics: [{ arn: ARN('sns', 'events'), attributes: { TopicArn: ARN('sns', 'events') } }],
      subscriptions: [
        {
          arn: `${ARN('sns', 'events')}:1`,
          topicArn: ARN('sns', 'events'),
          protocol: 'sqs',
          endpoint: ARN('sqs', 'orders'),
          attributes: { FilterPolicy: policy, RawMessageDelivery: 'true', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: ARN('sqs', 'orders-dlq') }) },
        },
      ],
    });
    const built = buildTemplate(design);
    if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
    const resources = Object.values(built.template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>);
    const orders = resources.find((r) => r.Type === 'AWS::SQS::Queue' && r.Properties.QueueName === 'orders')!;
    expect(orders.Properties).toMatchObject({ VisibilityTimeout: 120, RedrivePolicy: { maxReceiveCount: 7 } });
    expect(orders.Properties).not.toHaveProperty('MessageRetentionPeriod');
    const subscription = resources.find((r) => r.Type === 'AWS::SNS::Subscription')!;
    expect(subscription.Properties).toMatchObject({ Protocol: 'sqs', FilterPolicy: { type: ['created'] }, RawMessageDelivery: true, RedrivePolicy: expect.any(Object) });
  });
});
