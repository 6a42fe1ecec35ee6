import { DeleteMessageCommand, GetQueueAttributesCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ListTopicsCommand, PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign, type TestDesignInput } from '../design/build-design';
import { applySqsSnsCluster } from '../live/sqs-sns-audit';
import { sqsSnsConnectionSchema, type SqsSnsConnection } from '../live/sqs-sns-connection';
import { requireMoto, startMotoServer, type MotoServer } from '../testing/moto-server';
import { addCounts, arrivedByChannel, settle, simulateFor, stationOf, withOnlyProducer } from '../testing/sim-agreement';

/**
 * The simulator against moto's emulator of SQS and SNS: the design's queues,
 * redrive policies, topics and filtered subscriptions go to moto through the
 * live apply (lib/live/sqs-sns-audit), moto gets the messages the simulation
 * published (count and message attributes), and the counts must be equal:
 * messages per subscribed queue after an SNS fan-out through filter
 * policies, and receives and moves to the DLQ for a message a consumer never
 * deletes (the simulation's poison message) under maxReceiveCount.
 */

requireMoto('Simulator agreement tests on SQS/SNS (moto)');
const REGION = 'eu-west-1';
const KEY = { accessKeyId: 'AKIAQUEUEWRIGHTTEST1', secretAccessKey: 'the-secret-access-key-of-the-test' };

let moto: MotoServer;
let connection: SqsSnsConnection;
let sqs: SQSClient;
let sns: SNSClient;

beforeAll(async () => {
  moto = await startMotoServer();
  connection = sqsSnsConnectionSchema.parse({ region: REGION, endpoint: moto.endpoint, credentials: KEY, timeoutMs: 30_000 });
  const config = { region: REGION, endpoint: moto.endpoint, credentials: { ...KEY } };
  sqs = new SQSClient(config);
  sns = new SNSClient(config);
}, 180_000);

afterAll(async () => {
  sqs?.destroy();
  sns?.destroy();
  await moto?.stop();
}, 60_000);

const queueUrl = async (name: string) => (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
const waiting = async (name: string) =>
  Number(
    (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: await queueUrl(name), AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))).Attributes
      ?.ApproximateNumberOfMessages ?? -1,
  );

async function apply(design: Design, prefix: string): Promise<void> {
  const applied = await applySqsSnsCluster(connection, design, { scope: { prefix } });
  if (applied.result.failed) throw new Error(`apply failed: ${JSON.stringify(applied.result.failed)}`);
}

/** SNS message attributes for the design's publish arguments: numbers as Number, the rest as String. */
function messageAttributes(args: Record<string, unknown> | undefined): Record<string, MessageAttributeValue> {
  return Object.fromEntries(Object.entries(args ?? {}).map(([k, v]) => [k, typeof v === 'number' ? { DataType: 'Number', StringValue: String(v) } : { DataType: 'String', StringValue: String(v) }]));
}

const FAN_OUT: TestDesignInput = {
  clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }],
  nodes: [
    { kind: 'sns-topic', id: 'AF-events', cluster: 'aws' },
    { kind: 'sqs-queue', id: 'AF-orders', cluster: 'aws' },
    { kind: 'sqs-queue', id: 'AF-eu-orders', cluster: 'aws' },
    { kind: 'sqs-queue', id: 'AF-big', cluster: 'aws' },
    { kind: 'sqs-queue', id: 'AF-not-refunds', cluster: 'aws' },
    { kind: 'sqs-queue', id: 'AF-all', cluster: 'aws' },
    { kind: 'producer', id: 'eu-order', publishRate: 2 },
    { kind: 'producer', id: 'us-order', publishRate: 1.5 },
    { kind: 'producer', id: 'refund', publishRate: 1 },
    { kind: 'producer', id: 'untagged', publishRate: 1 },
  ],
  connections: [
    { from: 'AF-events', to: 'AF-orders', kind: 'subscription', filterPolicy: JSON.stringify({ type: ['order'] }) },
    { from: 'AF-events', to: 'AF-eu-orders', kind: 'subscription', filterPolicy: JSON.stringify({ type: ['order'], region: [{ prefix: 'eu-' }] }) },
    { from: 'AF-events', to: 'AF-big', kind: 'subscription', filterPolicy: JSON.stringify({ amount: [{ numeric: ['>', 100] }] }) },
    { from: 'AF-events', to: 'AF-not-refunds', kind: 'subscription', filterPolicy: JSON.stringify({ type: [{ 'anything-but': ['refund'] }] }) },
    { from: 'AF-events', to: 'AF-all', kind: 'subscription' },
    { from: 'eu-order', to: 'AF-events', arguments: { type: 'order', region: 'eu-west', amount: 250 } },
    { from: 'us-order', to: 'AF-events', arguments: { type: 'order', region: 'us-east', amount: 40 } },
    { from: 'refund', to: 'AF-events', arguments: { type: 'refund', amount: 120 } },
    { from: 'untagged', to: 'AF-events' },
  ],
};
const FAN_OUT_QUEUES = ['AF-orders', 'AF-eu-orders', 'AF-big', 'AF-not-refunds', 'AF-all'];

const REDRIVE: TestDesignInput = {
  clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }],
  nodes: [
    { kind: 'sqs-queue', id: 'AR-work', cluster: 'aws', visibilityTimeout: 1 },
    { kind: 'sqs-queue', id: 'AR-work-dlq', cluster: 'aws', role: 'dead-letter' },
    { kind: 'producer', id: 'sender', publishRate: 2 },
    { kind: 'consumer-group', id: 'drainer', processingMsP50: 1, processingMsP99: 2, retry: { maxRetries: 0, backoff: [] } },
  ],
  connections: [
    { from: 'sender', to: 'AR-work' },
    { from: 'AR-work', to: 'drainer' },
    { from: 'AR-work', to: 'AR-work-dlq', kind: 'dead-letter', maxReceiveCount: 3 },
  ],
};

describe('the simulator agrees with SQS and SNS (moto)', () => {
  it('SNS fan-out through filter policies (exact, prefix, numeric, anything-but, none) puts the same counts in each subscribed queue', async () => {
    const design = makeDesign(FAN_OUT);
    await apply(design, 'AF-');
    const topicArn = ((await sns.send(new ListTopicsCommand({}))).Topics ?? []).map((t) => t.TopicArn!).find((arn) => arn.endsWith(':AF-events'))!;
    const expected: Record<string, number> = {};
    const published: Record<string, number> = {};
    for (const [i, producer] of design.nodes.filter((n) => n.kind === 'producer').entries()) {
      const report = simulateFor(withOnlyProducer(design, producer.id), 'steady', i + 1);
      published[producer.id] = report.published;
      addCounts(expected, arrivedByChannel(report, FAN_OUT_QUEUES));
      const attributes = messageAttributes(design.connections.find((c) => c.from === producer.id)!.arguments);
      for (let m = 0; m < report.published; m++) {
        await sns.send(new PublishCommand({ TopicArn: topicArn, Message: `${producer.id} ${m}`, ...(Object.keys(attributes).length > 0 ? { MessageAttributes: attributes } : {}) }));
      }
    }
    expect(
      Object.values(published).every((n) => n > 5),
      JSON.stringify(published),
    ).toBe(true);
    const read = async () => Object.fromEntries(await Promise.all(FAN_OUT_QUEUES.map(async (q) => [q, await waiting(q)] as const)));
    const actual = await settle(read, (c) => JSON.stringify(c) === JSON.stringify(expected));
    expect(actual).toEqual(expected);
    expect(expected['AF-all']).toBe(Object.values(published).reduce((a, b) => a + b, 0));
  }, 120_000);

  it('a message never deleted is received maxReceiveCount times and then moved to the DLQ, as the simulation counts', async () => {
    const design = makeDesign(REDRIVE);
    await apply(design, 'AR-');
    const report = simulateFor(design, 'poison@drainer');
    const work = stationOf(report, 'AR-work', 'drainer');
    const url = await queueUrl('AR-work');
    for (let m = 0; m < report.published; m++) {
      await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: String(m), MessageAttributes: { poison: { DataType: 'String', StringValue: m === 0 ? 'yes' : 'no' } } }));
    }
    let poisonReceives = 0;
    let deleted = 0;
    // Receive until the poison is in the DLQ and everything else is deleted; the poison is never deleted.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const answer = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
      for (const message of answer.Messages ?? []) {
        if (message.MessageAttributes?.poison?.StringValue === 'yes') poisonReceives++;
        else {
          deleted++;
          await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle! }));
        }
      }
      if (deleted === report.published - 1 && (await waiting('AR-work-dlq')) >= 1 && (answer.Messages ?? []).length === 0) break;
    }
    const moved = await waiting('AR-work-dlq');
    expect({ redelivered: poisonReceives - 1, moved, deleted }).toEqual({ redelivered: work.redelivered, moved: work.deadLettered, deleted: report.published - 1 });
    expect(stationOf(report, 'AR-work-dlq').arrived).toBe(moved);
    expect(work.redelivered).toBe(2);
  }, 120_000);
});
