import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design, SnsTopicNode, SqsQueueNode } from '../design';
import { freePort } from '../testing/ports';
import { requireMoto, startMotoServer, type MotoServer } from '../testing/moto-server';
import { main } from '../../cli/main';
import { EndpointAllowList } from './endpoint-allow-list';
import { importLive } from './import-live';

/**
 * Import from SQS and SNS, proven on moto's emulator of the AWS APIs (from
 * PyPI, started here): queues, topics and subscriptions are made with the AWS
 * SDK, then read back with list and get calls and compared. A second moto
 * checks credentials against its IAM (INITIAL_NO_AUTH_ACTION_COUNT=0), so a
 * wrong key is refused as AWS refuses it.
 */

requireMoto('Live SQS/SNS import tests');
const REGION = 'eu-west-1';
const KEY = { accessKeyId: 'AKIAQUEUEWRIGHTTEST1', secretAccessKey: 'the-secret-access-key-of-the-test' };

let moto: MotoServer;
let checking: MotoServer;

beforeAll(async () => {
  [moto, checking] = await Promise.all([startMotoServer(), startMotoServer({ env: { INITIAL_NO_AUTH_ACTION_COUNT: '0' } })]);
  // A copy: the SDK writes into the credentials object it is given.
  const config = { region: REGION, endpoint: moto.endpoint, credentials: { ...KEY } };
  const sqs = new SQSClient(config);
  const sns = new SNSClient(config);
  try {
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: 'orders-dlq', Attributes: { MessageRetentionPeriod: '1209600' } }));
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const orders = await sqs.send(
      new CreateQueueCommand({
        QueueName: 'orders',
        Attributes: {
          VisibilityTimeout: '120',
          DelaySeconds: '5',
          ReceiveMessageWaitTimeSeconds: '20',
          MaximumMessageSize: '65536',
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 7 }),
        },
      }),
    );
    const ordersArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: orders.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const fifo = await sqs.send(new CreateQueueCommand({ QueueName: 'payments.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    const fifoArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: fifo.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const events = await sns.send(new CreateTopicCommand({ Name: 'order-events' }));
    const payments = await sns.send(new CreateTopicCommand({ Name: 'payments.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    await sns.send(
      new SubscribeCommand({
        TopicArn: events.TopicArn,
        Protocol: 'sqs',
        Endpoint: ordersArn,
        Attributes: { FilterPolicy: JSON.stringify({ type: ['created', 'paid'] }), FilterPolicyScope: 'MessageAttributes', RawMessageDelivery: 'true' },
      }),
    );
    await sns.send(new SubscribeCommand({ TopicArn: payments.TopicArn, Protocol: 'sqs', Endpoint: fifoArn }));
    await sns.send(
      new SubscribeCommand({
        TopicArn: events.TopicArn,
        Protocol: 'sqs',
        Endpoint: dlqArn,
        Attributes: { FilterPolicy: JSON.stringify({ amount: [{ numeric: ['>', 100] }] }), FilterPolicyScope: 'MessageBody' },
      }),
    );
    await sns.send(new SubscribeCommand({ TopicArn: events.TopicArn, Protocol: 'https', Endpoint: 'https://hooks.example.com/orders' }));
  } finally {
    sqs.destroy();
    sns.destroy();
  }
}, 180_000);

afterAll(async () => {
  await Promise.all([moto?.stop(), checking?.stop()]);
}, 60_000);

const request = (server: MotoServer, extra: Record<string, unknown> = {}) => ({ from: 'sqs-sns' as const, region: REGION, endpoint: server.endpoint, credentials: KEY, ...extra });

function summary(design: Design) {
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name;
  return {
    queues: design.nodes
      .filter((n): n is SqsQueueNode => n.kind === 'sqs-queue')
      .map((q) => ({
        name: q.name,
        fifo: q.fifo,
        contentBasedDeduplication: q.contentBasedDeduplication,
        visibilityTimeout: q.visibilityTimeout,
        messageRetentionPeriod: q.messageRetentionPeriod,
        delaySeconds: q.delaySeconds,
        receiveMessageWaitTimeSeconds: q.receiveMessageWaitTimeSeconds,
        maximumMessageSize: q.maximumMessageSize,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    topics: design.nodes
      .filter((n): n is SnsTopicNode => n.kind === 'sns-topic')
      .map((t) => [t.name, t.fifo, t.contentBasedDeduplication])
      .sort(),
    connections: design.connections
      .map((c) => [c.kind, name(c.from), name(c.to), { maxReceiveCount: c.maxReceiveCount, filterPolicy: c.filterPolicy, rawMessageDelivery: c.rawMessageDelivery }])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

describe('import from live SQS and SNS (moto)', () => {
  it('reads queues with attributes and redrive, topics, and subscriptions with filter policies', async () => {
    const result = await importLive(request(moto));
    if (!result.ok) throw new Error(result.error.message);
    const s = summary(result.design);
    const unset = { visibilityTimeout: undefined, messageRetentionPeriod: undefined, delaySeconds: undefined, receiveMessageWaitTimeSeconds: undefined, maximumMessageSize: undefined };
    expect(s.queues).toEqual([
      // Values equal to AWS's defaults stay unset: the design resolves them to the same defaults.
      { name: 'orders', fifo: false, contentBasedDeduplication: false, ...unset, visibilityTimeout: 120, delaySeconds: 5, receiveMessageWaitTimeSeconds: 20, maximumMessageSize: 65536 },
      // moto gives new queues AWS's current 1 MiB, which the design's default (256 KiB) is not: recorded.
      { name: 'orders-dlq', fifo: false, contentBasedDeduplication: false, ...unset, messageRetentionPeriod: 1209600, maximumMessageSize: 1048576 },
      { name: 'payments.fifo', fifo: true, contentBasedDeduplication: true, ...unset, maximumMessageSize: 1048576 },
    ]);
    expect(s.topics).toEqual([
      ['order-events', false, false],
      ['payments.fifo', true, true],
    ]);
    expect(s.connections).toEqual(
      [
        ['dead-letter', 'orders', 'orders-dlq', { maxReceiveCount: 7, filterPolicy: undefined, rawMessageDelivery: undefined }],
        ['subscription', 'order-events', 'orders', { maxReceiveCount: undefined, filterPolicy: JSON.stringify({ type: ['created', 'paid'] }), rawMessageDelivery: true }],
        ['subscription', 'order-events', 'orders-dlq', { maxReceiveCount: undefined, filterPolicy: JSON.stringify({ amount: [{ numeric: ['>', 100] }] }), rawMessageDelivery: undefined }],
        ['subscription', 'payments.fifo', 'payments.fifo', { maxReceiveCount: undefined, filterPolicy: undefined, rawMessageDelivery: undefined }],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    const notes = result.report.map((n) => n.message).join('\n');
    // What the design cannot hold is said: the body-scoped filter and the HTTPS subscription.
    expect(notes).toContain('applies to the message body');
    expect(notes).toMatch(/A https subscription of topic "order-events"/);
    expect(result.design.clusters).toEqual([expect.objectContaining({ broker: 'sqs-sns', name: `AWS ${REGION}` })]);
    expect(JSON.stringify(result)).not.toContain(KEY.secretAccessKey);
  }, 60_000);

  it('a wrong access key is refused with a clear message that does not repeat the secret', async () => {
    const result = await importLive(request(checking, { credentials: { accessKeyId: 'AKIANOTAKNOWNKEY0000', secretAccessKey: 'wrong-secret-value' } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringContaining('refused the credentials') } });
    expect(JSON.stringify(result)).not.toContain('wrong-secret-value');
  }, 60_000);

  it('an endpoint nothing listens on is unreachable; a silent one times out at the deadline', async () => {
    const port = await freePort();
    expect(await importLive(request(moto, { endpoint: `http://127.0.0.1:${port}` }))).toMatchObject({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining(`127.0.0.1:${port}`) },
    });
    const net = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const silentPort = (silent.address() as import('node:net').AddressInfo).port;
      expect(await importLive(request(moto, { endpoint: `http://127.0.0.1:${silentPort}`, timeoutMs: 1000 }))).toMatchObject({ ok: false, error: { code: 'timeout' } });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 60_000);

  it('connects only where the allow list says, and stops at the byte budget', async () => {
    const port = Number(new URL(moto.endpoint).port);
    const elsewhere = EndpointAllowList.parse(`127.0.0.1:${port === 65_535 ? 1 : port + 1}`);
    if (!elsewhere.ok) throw new Error(elsewhere.message);
    expect(await importLive(request(moto), { allow: elsewhere.list })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const here = EndpointAllowList.parse(`127.0.0.1:${port}`);
    if (!here.ok) throw new Error(here.message);
    expect((await importLive(request(moto), { allow: here.list })).ok).toBe(true);
    expect(await importLive(request(moto), { budgetBytes: 1200 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  }, 60_000);

  it('refuses a bad region or endpoint, saying what to write', async () => {
    expect(await importLive(request(moto, { region: 'Ireland' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('region: A region is written like eu-west-1') },
    });
    expect(await importLive(request(moto, { endpoint: 'ftp://127.0.0.1:21' }))).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('http://') } });
  });

  it('the command line imports the same account: queuewright import --from sqs-sns --region … --endpoint …', async () => {
    let stdout = '';
    let stderr = '';
    const io = (env: Record<string, string>) => ({
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: process.cwd(),
      env,
    });
    const env = { AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey };
    const code = await main(['import', '--from', 'sqs-sns', '--region', REGION, '--endpoint', moto.endpoint], io(env));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/kind: sqs-queue[\s\S]*name: orders-dlq/);
    expect(stdout + stderr).not.toContain(KEY.secretAccessKey);
    stdout = stderr = '';
    expect(await main(['import', '--from', 'sqs-sns', '--region', REGION, '--endpoint', moto.endpoint], io({}))).toBe(2);
    expect(stderr).toContain('AWS_ACCESS_KEY_ID');
  }, 60_000);
});
