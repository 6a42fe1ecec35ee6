import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';
import { requireSharedDir } from '../testing/shared-dir';
import { buildTemplate, cloudformationExporter, DEFAULT_MAX_RECEIVE_COUNT } from './cloudformation';
import { hostileName } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { schemaErrors, sharedSchema } from '../testing/exports/schemas';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Template = { Resources: Record<string, Resource>; Parameters?: Record<string, unknown>; Outputs: Record<string, { Value: unknown }> };

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/**
 * Resolves Ref / Fn::GetAtt the way CloudFormation would (SOURCES.md §5: the
 * schemas do not accept intrinsics), failing on a reference to something the
 * template does not declare or an attribute the type does not have.
 */
function resolve(value: unknown, template: Template): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, template));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if ('Ref' in obj) {
    const id = obj.Ref as string;
    if (template.Parameters?.[id]) return `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-0000-0000-000000000000`;
    const target = template.Resources[id];
    if (!target) throw new Error(`Ref to unknown ${id}`);
    if (target.Type === 'AWS::SQS::Queue') return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${String(target.Properties.QueueName)}`;
    if (target.Type === 'AWS::SNS::Topic') return `arn:aws:sns:${REGION}:${ACCOUNT}:${String(target.Properties.TopicName)}`;
    throw new Error(`Ref to ${target.Type}`);
  }
  if ('Fn::GetAtt' in obj) {
    const [id, attribute] = obj['Fn::GetAtt'] as [string, string];
    const target = template.Resources[id];
    if (target?.Type !== 'AWS::SQS::Queue' || attribute !== 'Arn') throw new Error(`GetAtt ${id}.${attribute}`);
    return `arn:aws:sqs:${REGION}:${ACCOUNT}:${String(target.Properties.QueueName)}`;
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, resolve(v, template)]));
}

const CFN_LINT: Record<string, string> = {
  'AWS::SQS::Queue': 'aws-cloudformation/cfn-lint/aws-sqs-queue.json',
  'AWS::SQS::QueuePolicy': 'aws-cloudformation/cfn-lint/aws-sqs-queuepolicy.json',
  'AWS::SNS::Topic': 'aws-cloudformation/cfn-lint/aws-sns-topic.json',
  'AWS::SNS::Subscription': 'aws-cloudformation/cfn-lint/aws-sns-subscription.json',
};
const RAW: Record<string, string> = {
  'AWS::SQS::Queue': 'aws-cloudformation/registry-raw/AWS_SQS_Queue.json',
  'AWS::SNS::Topic': 'aws-cloudformation/registry-raw/AWS_SNS_Topic.json',
  'AWS::SNS::Subscription': 'aws-cloudformation/registry-raw/AWS_SNS_Subscription.json',
};
const READ_ONLY: Record<string, string[]> = {
  'AWS::SQS::Queue': ['Arn', 'QueueUrl'],
  'AWS::SQS::QueuePolicy': ['Id'],
  'AWS::SNS::Topic': ['TopicArn'],
  'AWS::SNS::Subscription': ['Arn'],
};

function templateOf(design: Design): Template {
  const result = cloudformationExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return JSON.parse(result.files[0].content) as Template;
}

/** Every resource's resolved Properties against the cfn-lint schema (and the raw registry schema where one exists). */
function problems(template: Template): string[] {
  const out: string[] = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) out.push(`${id}: logical id is not alphanumeric`);
    const props = resolve(resource.Properties, template);
    for (const schema of [CFN_LINT[resource.Type], RAW[resource.Type]].filter(Boolean)) {
      const validate = sharedSchema(schema);
      if (!validate(props)) out.push(`${id} (${schema}): ${schemaErrors(validate).join('; ')}`);
    }
    for (const key of READ_ONLY[resource.Type] ?? []) if (key in resource.Properties) out.push(`${id}: read-only ${key}`);
  }
  for (const output of Object.values(template.Outputs)) resolve(output.Value, template);
  return out;
}

describe('cloudformation exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('cloudformation', fixture, cloudformationExporter.export(loadFixture(fixture)));
  });

  it('writes queues with redrive, the topic, subscriptions and queue policies', () => {
    const t = templateOf(loadFixture('sns-sqs-fanout'));
    const types = Object.values(t.Resources)
      .map((r) => r.Type)
      .sort();
    expect(types).toEqual([
      'AWS::SNS::Subscription',
      'AWS::SNS::Subscription',
      'AWS::SNS::Topic',
      'AWS::SQS::Queue',
      'AWS::SQS::Queue',
      'AWS::SQS::Queue',
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy',
      'AWS::SQS::QueuePolicy',
      'AWS::SQS::QueuePolicy',
    ]);
    expect(t.Resources.BillingQueue.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': ['BillingDlqQueue', 'Arn'] }, maxReceiveCount: 5 });
    const shipping = t.Resources.OrderEventsToShippingSubscription.Properties;
    expect(shipping).toMatchObject({
      Protocol: 'sqs',
      RawMessageDelivery: true,
      FilterPolicy: { eventType: ['OrderPaid'] },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['ShippingDlqQueue', 'Arn'] } },
    });
    // The subscription's DLQ must accept messages from the topic too.
    expect(
      Object.keys(t.Resources)
        .filter((k) => k.endsWith('QueuePolicy'))
        .sort(),
    ).toEqual(['BillingQueuePolicy', 'ShippingDlqQueuePolicy', 'ShippingQueuePolicy']);
  });

  it('uses the documented default when a redrive has no maxReceiveCount', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'sqs-queue', id: 'q', name: 'q' },
        { kind: 'sqs-queue', id: 'dlq', name: 'dlq', role: 'dead-letter' },
      ],
      connections: [{ from: 'q', to: 'dlq', kind: 'dead-letter' }],
    });
    expect(templateOf(design).Resources.QQueue.Properties.RedrivePolicy).toMatchObject({ maxReceiveCount: DEFAULT_MAX_RECEIVE_COUNT });
  });

  it.each([
    [{ kind: 'sqs-queue', id: 'q', name: 'orders', fifo: true }, /must end in ".fifo"/],
    [{ kind: 'sqs-queue', id: 'q', name: 'orders.fifo' }, /only FIFO queue names/],
    [{ kind: 'sqs-queue', id: 'q', name: 'orders queue' }, /letters, digits/],
    [{ kind: 'sqs-queue', id: 'q', name: 'q'.repeat(81) }, /at most 80/],
    [{ kind: 'sqs-queue', id: 'q', name: 'q', visibilityTimeout: 50_000 }, /VisibilityTimeout is 50000; SQS accepts 0–43200/],
    [{ kind: 'sqs-queue', id: 'q', name: 'q', messageRetentionPeriod: 30 }, /MessageRetentionPeriod/],
    [{ kind: 'sns-topic', id: 'q', name: 'events$' }, /SNS topic names use only/],
  ])('refuses %j, naming the node', (node, message) => {
    const result = buildTemplate(makeDesign({ nodes: [node as { kind: string; id: string }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: 'q', message: expect.stringMatching(message) })]));
  });

  it('refuses a mismatched DLQ type, a standard topic to a FIFO queue and a filter policy that is not a JSON object', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'sns-topic', id: 't', name: 't' },
        { kind: 'sqs-queue', id: 'f', name: 'f.fifo', fifo: true },
        { kind: 'sqs-queue', id: 'dlq', name: 'dlq', role: 'dead-letter' },
        { kind: 'sqs-queue', id: 's', name: 's' },
      ],
      connections: [
        { from: 'f', to: 'dlq', kind: 'dead-letter' },
        { from: 't', to: 'f', kind: 'subscription' },
        { from: 't', to: 's', kind: 'subscription', filterPolicy: '["not", "an object"]' },
      ],
    });
    const result = buildTemplate(design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.map((e) => `${e.nodeId}: ${e.message}`).join('\n');
    expect(text).toMatch(/f: SQS queue "f.fifo" \(f\): its dead-letter queue "dlq" must also be FIFO/);
    expect(text).toMatch(/f: .*a standard SNS topic \("t"\) cannot deliver to a FIFO queue/);
    expect(text).toMatch(/s: .*filter policy of its subscription \(t--s\) is not a JSON object/);
  });
});

requireSharedDir('CloudFormation resource schemas');
describe('cloudformation output against the resource schemas (../shared/schemas/aws-cloudformation)', () => {
  it('validates every resource of the fan-out fixture, cfn-lint and raw registry schemas', () => {
    expect(problems(templateOf(loadFixture('sns-sqs-fanout')))).toEqual([]);
  });

  it('catches an out-of-range value (the schemas are really applied)', () => {
    const t = templateOf(loadFixture('sns-sqs-fanout'));
    t.Resources.BillingQueue.Properties.VisibilityTimeout = 50_000;
    expect(problems(t)).toHaveLength(1);
  });

  it('validates for generated SQS/SNS designs with hostile design names and filter policies', () => {
    const queue = fc.record({
      fifo: fc.boolean(),
      visibilityTimeout: fc.integer({ min: 0, max: 43_200 }),
      messageRetentionPeriod: fc.integer({ min: 60, max: 1_209_600 }),
      delaySeconds: fc.integer({ min: 0, max: 900 }),
      receiveMessageWaitTimeSeconds: fc.integer({ min: 0, max: 20 }),
      maximumMessageSize: fc.integer({ min: 1024, max: 1_048_576 }),
      kmsManagedKey: fc.constantFrom('none', 'sqs-managed', 'aws-managed', 'customer-managed'),
      contentBasedDeduplication: fc.boolean(),
      highThroughputFifo: fc.boolean(),
    });
    let checked = 0;
    fc.assert(
      fc.property(
        hostileName(),
        fc.boolean(),
        fc.array(
          fc.record({
            queue,
            dlq: fc.boolean(),
            maxReceiveCount: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
            filter: fc.option(fc.dictionary(fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { maxKeys: 3 }), { nil: undefined }),
            raw: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (name, fifoTopic, subs) => {
          const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [{ kind: 'sns-topic', id: 'topic', name: fifoTopic ? 'events.fifo' : 'events', fifo: fifoTopic }];
          const connections: TestConnection[] = [];
          subs.forEach((s, i) => {
            const fifo = fifoTopic && s.queue.fifo;
            nodes.push({ kind: 'sqs-queue', id: `q${i}`, name: `queue-${i}${fifo ? '.fifo' : ''}`, ...s.queue, fifo });
            connections.push({ from: 'topic', to: `q${i}`, kind: 'subscription', rawMessageDelivery: s.raw, ...(s.filter ? { filterPolicy: JSON.stringify(s.filter) } : {}) });
            if (s.dlq) {
              nodes.push({ kind: 'sqs-queue', id: `d${i}`, name: `dlq-${i}${fifo ? '.fifo' : ''}`, fifo, role: 'dead-letter' });
              connections.push({ from: `q${i}`, to: `d${i}`, kind: 'dead-letter', ...(s.maxReceiveCount ? { maxReceiveCount: s.maxReceiveCount } : {}) });
            }
          });
          const design = makeDesign({ name, nodes, connections });
          const result = cloudformationExporter.export(design);
          if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
          expect(problems(JSON.parse(result.files[0].content) as Template)).toEqual([]);
          checked++;
        },
      ),
      { numRuns: 60 },
    );
    expect(checked).toBe(60);
  });
});
