import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateQueueCommand, GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { readDesign } from '../design/read-design';
import { requireMoto, startMotoServer, type MotoServer } from '../testing/moto-server';
import { main } from '../../cli/main';
import type { Operation } from './drift';
import { applySqsSnsCluster, auditSqsSns, planSqsSnsCluster } from './sqs-sns-audit';
import { sqsSnsConnectionSchema, type SqsSnsConnection } from './sqs-sns-connection';

/**
 * Audit, plan and apply against moto's emulator of SQS and SNS (from PyPI,
 * started here). Each scenario owns the queues and topics under its own
 * prefix and audits only that prefix. The account is changed behind the
 * audit's back with the AWS SDK and read back with it; every scenario checks
 * the plan's classification, the effect, and that an audit after the apply
 * finds nothing and a second plan is empty. A counting proxy in front of moto
 * proves an audit and a plan send only List* and Get* actions.
 */

requireMoto('SQS/SNS audit tests');
const REGION = 'eu-west-1';
const KEY = { accessKeyId: 'AKIAQUEUEWRIGHTTEST1', secretAccessKey: 'the-secret-access-key-of-the-test' };

let moto: MotoServer;
let proxy: http.Server;
let proxyUrl: string;
/** The AWS actions the proxy forwarded, in order. */
const actions: string[] = [];
let connection: SqsSnsConnection;
let sqs: SQSClient;
let sns: SNSClient;

interface QueueDoc {
  name: string;
  fifo?: boolean;
  visibilityTimeout?: number;
  messageRetentionPeriod?: number;
  deadLetter?: { to: string; maxReceiveCount?: number };
}
interface SubscriptionDoc {
  topic: string;
  queue: string;
  filterPolicy?: unknown;
  rawMessageDelivery?: boolean;
}

function design(doc: { queues?: QueueDoc[]; topics?: string[]; subscriptions?: SubscriptionDoc[] }): Design {
  const text = JSON.stringify({
    queuewright: 2,
    clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }],
    nodes: [
      ...(doc.queues ?? []).map(({ deadLetter: _deadLetter, ...q }) => ({ kind: 'sqs-queue', id: `q-${q.name}`, cluster: 'aws', ...q })),
      ...(doc.topics ?? []).map((t) => ({ kind: 'sns-topic', id: `t-${t}`, name: t, cluster: 'aws' })),
    ],
    connections: [
      ...(doc.queues ?? [])
        .filter((q) => q.deadLetter)
        .map((q) => ({
          id: `d-${q.name}`,
          kind: 'dead-letter',
          from: `q-${q.name}`,
          to: `q-${q.deadLetter!.to}`,
          ...(q.deadLetter!.maxReceiveCount ? { maxReceiveCount: q.deadLetter!.maxReceiveCount } : {}),
        })),
      ...(doc.subscriptions ?? []).map((s) => ({
        id: `s-${s.topic}-${s.queue}`,
        kind: 'subscription',
        from: `t-${s.topic}`,
        to: `q-${s.queue}`,
        ...(s.filterPolicy !== undefined ? { filterPolicy: JSON.stringify(s.filterPolicy) } : {}),
        ...(s.rawMessageDelivery !== undefined ? { rawMessageDelivery: s.rawMessageDelivery } : {}),
      })),
    ],
  });
  const read = readDesign(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.design;
}

const scope = (prefix: string, allowDelete: string[] = []) => ({ scope: { prefix }, allowDelete: new Set(allowDelete) });
const summary = (ops: Operation[]) => ops.map((o) => `${o.action} ${o.resource.name} ${o.safety}`);
const kinds = (d: Array<{ kind: string; resource: { type: string; name: string }; setting?: string }>) =>
  d.map((x) => `${x.kind} ${x.resource.type} ${x.resource.name}${x.setting ? ` ${x.setting}` : ''}`);

const queueUrl = async (name: string) => (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
const queueAttributes = async (name: string) => (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: await queueUrl(name), AttributeNames: ['All'] }))).Attributes ?? {};
const queueExists = (name: string) =>
  queueUrl(name).then(
    () => true,
    () => false,
  );
/** A queue made behind the audit's back; at the design's default size, so each scenario shows only its own change (the 1 MiB default has its own). */
const createQueue = async (name: string, attributes: Record<string, string> = {}) => {
  await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { MaximumMessageSize: '262144', ...attributes } }));
  return (await queueAttributes(name)).QueueArn!;
};
const createTopic = async (name: string) => (await sns.send(new CreateTopicCommand({ Name: name }))).TopicArn!;
const topicArns = async () => ((await sns.send(new ListTopicsCommand({}))).Topics ?? []).map((t) => t.TopicArn!);
const subscriptionsOf = async (topicArn: string) => {
  const listed = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }))).Subscriptions ?? [];
  return Promise.all(
    listed.map(async (s) => ({ endpoint: s.Endpoint!.split(':').pop(), attributes: (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn }))).Attributes ?? {} })),
  );
};

/** Applies, then proves idempotence: no drift, and a second plan with nothing to do. */
async function applyAndSettle(d: Design, prefix: string, allowDelete: string[] = []) {
  const applied = await applySqsSnsCluster(connection, d, scope(prefix, allowDelete));
  expect(applied.result.failed).toBeUndefined();
  expect(applied.result.notDone).toEqual([]);
  expect((await auditSqsSns(connection, d, scope(prefix))).differences).toEqual([]);
  expect((await planSqsSnsCluster(connection, d, scope(prefix, allowDelete))).plan).toEqual({ operations: [], blocked: [] });
  return applied;
}

/** The action of an AWS request: SQS's JSON protocol names it in X-Amz-Target, SNS's query protocol in the form body. */
function actionOf(request: http.IncomingMessage, body: string): string {
  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop()!;
  return new URLSearchParams(body).get('Action') ?? `${request.method} ${request.url}`;
}

function startProxy(target: string): Promise<http.Server> {
  const to = new URL(target);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      actions.push(actionOf(request, body.toString('utf8')));
      const forward = http.request({ host: to.hostname, port: to.port, method: request.method, path: request.url, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forward.on('error', () => response.destroy());
      forward.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  moto = await startMotoServer();
  proxy = await startProxy(moto.endpoint);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  connection = sqsSnsConnectionSchema.parse({ region: REGION, endpoint: moto.endpoint, credentials: KEY, timeoutMs: 30_000 });
  const config = { region: REGION, endpoint: moto.endpoint, credentials: { ...KEY } };
  sqs = new SQSClient(config);
  sns = new SNSClient(config);
}, 180_000);

afterAll(async () => {
  sqs?.destroy();
  sns?.destroy();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  await moto?.stop();
}, 60_000);

describe('SQS/SNS audit, plan and apply on moto', () => {
  it('creates a queue and its dead-letter queue (the target first) with the redrive policy, all safe', async () => {
    const d = design({
      queues: [
        { name: 'a1-orders', visibilityTimeout: 120, deadLetter: { to: 'a1-orders-dlq', maxReceiveCount: 7 } },
        { name: 'a1-orders-dlq', messageRetentionPeriod: 1_209_600 },
      ],
    });
    expect(kinds((await auditSqsSns(connection, d, scope('a1-'))).differences)).toEqual(['only-in-design sqs-queue a1-orders', 'only-in-design sqs-queue a1-orders-dlq']);
    const plan = await planSqsSnsCluster(connection, d, scope('a1-'));
    expect(summary(plan.plan.operations)).toEqual(['create-queue a1-orders-dlq safe', 'create-queue a1-orders safe']);
    await applyAndSettle(d, 'a1-');
    const orders = await queueAttributes('a1-orders');
    expect(orders.VisibilityTimeout).toBe('120');
    expect(JSON.parse(orders.RedrivePolicy!)).toEqual({ deadLetterTargetArn: (await queueAttributes('a1-orders-dlq')).QueueArn, maxReceiveCount: 7 });
    expect((await queueAttributes('a1-orders-dlq')).MessageRetentionPeriod).toBe('1209600');
  }, 60_000);

  it("a visibility timeout changes in place, safe; the live value is AWS's default and says so", async () => {
    await createQueue('a2-q');
    const d = design({ queues: [{ name: 'a2-q', visibilityTimeout: 300 }] });
    expect((await auditSqsSns(connection, d, scope('a2-'))).differences).toEqual([
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a2-q' }, setting: 'VisibilityTimeout', design: '300', live: '30', source: 'AWS default' },
    ]);
    const plan = await planSqsSnsCluster(connection, d, scope('a2-'));
    expect(summary(plan.plan.operations)).toEqual(['set-queue-attributes a2-q safe']);
    expect(plan.plan.operations[0].details).toEqual({ name: 'a2-q', attributes: { VisibilityTimeout: '300' } });
    await applyAndSettle(d, 'a2-');
    expect((await queueAttributes('a2-q')).VisibilityTimeout).toBe('300');
  }, 60_000);

  it("a queue made with AWS's current 1 MiB default size is set to the design's 256 KiB in place (disruptive), the live value named AWS's default", async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'a12-q' }));
    const d = design({ queues: [{ name: 'a12-q' }] });
    expect((await auditSqsSns(connection, d, scope('a12-'))).differences).toEqual([
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a12-q' }, setting: 'MaximumMessageSize', design: '262144', live: '1048576', source: 'AWS default' },
    ]);
    const plan = await planSqsSnsCluster(connection, d, scope('a12-'));
    expect(summary(plan.plan.operations)).toEqual(['set-queue-attributes a12-q disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/senders of larger messages are refused/);
    await applyAndSettle(d, 'a12-');
    expect((await queueAttributes('a12-q')).MaximumMessageSize).toBe('262144');
  }, 60_000);

  it("a value set on the queue that the design leaves unset goes back to AWS's default; a shorter retention is disruptive", async () => {
    await createQueue('a3-q', { MessageRetentionPeriod: '1209600', DelaySeconds: '10' });
    const d = design({ queues: [{ name: 'a3-q' }] });
    expect((await auditSqsSns(connection, d, scope('a3-'))).differences).toEqual([
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a3-q' }, setting: 'MessageRetentionPeriod', design: '345600', live: '1209600', source: 'set on the queue' },
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a3-q' }, setting: 'DelaySeconds', design: '0', live: '10', source: 'set on the queue' },
    ]);
    const plan = await planSqsSnsCluster(connection, d, scope('a3-'));
    expect(summary(plan.plan.operations)).toEqual(['set-queue-attributes a3-q disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/messages older than the new retention period are deleted/);
    await applyAndSettle(d, 'a3-');
    expect(await queueAttributes('a3-q')).toMatchObject({ MessageRetentionPeriod: '345600', DelaySeconds: '0' });
  }, 60_000);

  it('adding a redrive policy to an existing queue changes it in place, disruptive', async () => {
    await createQueue('a4-q');
    const dlqArn = await createQueue('a4-dlq');
    const d = design({ queues: [{ name: 'a4-q', deadLetter: { to: 'a4-dlq', maxReceiveCount: 4 } }, { name: 'a4-dlq' }] });
    expect((await auditSqsSns(connection, d, scope('a4-'))).differences).toEqual([
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a4-q' }, setting: 'RedrivePolicy', design: 'a4-dlq after 4 receives' },
    ]);
    const plan = await planSqsSnsCluster(connection, d, scope('a4-'));
    expect(summary(plan.plan.operations)).toEqual(['set-queue-attributes a4-q disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/messages received too often now move to a4-dlq/);
    await applyAndSettle(d, 'a4-');
    expect(JSON.parse((await queueAttributes('a4-q')).RedrivePolicy!)).toEqual({ deadLetterTargetArn: dlqArn, maxReceiveCount: 4 });
  }, 60_000);

  it('a standard queue cannot become FIFO: the FIFO queue is new, the standard one is deleted only with its flag', async () => {
    await createQueue('a5-jobs');
    const d = design({ queues: [{ name: 'a5-jobs.fifo', fifo: true }] });
    expect(kinds((await auditSqsSns(connection, d, scope('a5-'))).differences)).toEqual(['only-in-design sqs-queue a5-jobs.fifo', 'only-in-cluster sqs-queue a5-jobs']);
    const unflagged = await planSqsSnsCluster(connection, d, scope('a5-'));
    expect(summary(unflagged.plan.operations)).toEqual(['create-queue a5-jobs.fifo safe']);
    expect(unflagged.plan.blocked).toEqual([{ resource: { type: 'sqs-queue', name: 'a5-jobs' }, why: expect.stringMatching(/SQS cannot make a queue FIFO.*--allow-delete sqs-queue:a5-jobs/) }]);
    const partial = await applySqsSnsCluster(connection, d, scope('a5-'));
    expect(summary(partial.result.done)).toEqual(['create-queue a5-jobs.fifo safe']);
    expect(await queueExists('a5-jobs')).toBe(true);
    const flagged = await planSqsSnsCluster(connection, d, scope('a5-', ['sqs-queue:a5-jobs']));
    expect(summary(flagged.plan.operations)).toEqual(['delete-queue a5-jobs destructive']);
    await applyAndSettle(d, 'a5-', ['sqs-queue:a5-jobs']);
    expect(await queueExists('a5-jobs')).toBe(false);
    expect((await queueAttributes('a5-jobs.fifo')).FifoQueue).toBe('true');
  }, 60_000);

  it('creates a topic and a filtered, raw subscription of a queue', async () => {
    await createQueue('a6-q');
    const d = design({ queues: [{ name: 'a6-q' }], topics: ['a6-events'], subscriptions: [{ topic: 'a6-events', queue: 'a6-q', filterPolicy: { type: ['created'] }, rawMessageDelivery: true }] });
    expect(kinds((await auditSqsSns(connection, d, scope('a6-'))).differences)).toEqual(['only-in-design sns-topic a6-events', 'only-in-design subscription a6-events>a6-q']);
    expect(summary((await planSqsSnsCluster(connection, d, scope('a6-'))).plan.operations)).toEqual(['create-topic a6-events safe', 'subscribe a6-events>a6-q safe']);
    await applyAndSettle(d, 'a6-');
    const arn = (await topicArns()).find((a) => a.endsWith(':a6-events'))!;
    const subs = await subscriptionsOf(arn);
    expect(subs.map((s) => s.endpoint)).toEqual(['a6-q']);
    expect(JSON.parse(subs[0].attributes.FilterPolicy!)).toEqual({ type: ['created'] });
    expect(subs[0].attributes.RawMessageDelivery).toBe('true');
  }, 60_000);

  it('a changed filter policy changes in place, disruptive; raw delivery safe', async () => {
    const queueArn = await createQueue('a7-q');
    const topicArn = await createTopic('a7-events');
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: { FilterPolicy: JSON.stringify({ type: ['created'] }) } }));
    const d = design({ queues: [{ name: 'a7-q' }], topics: ['a7-events'], subscriptions: [{ topic: 'a7-events', queue: 'a7-q', filterPolicy: { type: ['created', 'paid'] } }] });
    const audit = await auditSqsSns(connection, d, scope('a7-'));
    expect(audit.differences).toEqual([
      {
        kind: 'differs',
        resource: { type: 'subscription', name: 'a7-events>a7-q' },
        setting: 'FilterPolicy',
        design: '{"type":["created","paid"]}',
        live: '{"type":["created"]}',
        source: 'set on the subscription',
      },
    ]);
    expect(summary((await planSqsSnsCluster(connection, d, scope('a7-'))).plan.operations)).toEqual(['set-subscription-attributes a7-events>a7-q disruptive']);
    await applyAndSettle(d, 'a7-');
    expect(JSON.parse((await subscriptionsOf(topicArn))[0].attributes.FilterPolicy!)).toEqual({ type: ['created', 'paid'] });
    const raw = design({
      queues: [{ name: 'a7-q' }],
      topics: ['a7-events'],
      subscriptions: [{ topic: 'a7-events', queue: 'a7-q', filterPolicy: { type: ['created', 'paid'] }, rawMessageDelivery: true }],
    });
    expect(summary((await planSqsSnsCluster(connection, raw, scope('a7-'))).plan.operations)).toEqual(['set-subscription-attributes a7-events>a7-q safe']);
    await applyAndSettle(raw, 'a7-');
    expect((await subscriptionsOf(topicArn))[0].attributes.RawMessageDelivery).toBe('true');
  }, 60_000);

  it('an undocumented subscription of a drawn topic is only in the cluster: removed only with its flag', async () => {
    const drawn = await createQueue('a8-q');
    const shadow = await createQueue('a8-shadow');
    const topicArn = await createTopic('a8-events');
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: drawn }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: shadow }));
    const d = design({ queues: [{ name: 'a8-q' }, { name: 'a8-shadow' }], topics: ['a8-events'], subscriptions: [{ topic: 'a8-events', queue: 'a8-q' }] });
    expect((await auditSqsSns(connection, d, scope('a8-'))).differences).toEqual([{ kind: 'only-in-cluster', resource: { type: 'subscription', name: 'a8-events>a8-shadow' }, live: 'sqs' }]);
    const unflagged = await planSqsSnsCluster(connection, d, scope('a8-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => b.why)).toEqual(['only in the cluster; not deleted without --allow-delete subscription:a8-events>a8-shadow.']);
    expect(summary((await planSqsSnsCluster(connection, d, scope('a8-', ['subscription:a8-events>a8-shadow']))).plan.operations)).toEqual(['unsubscribe a8-events>a8-shadow destructive']);
    await applyAndSettle(d, 'a8-', ['subscription:a8-events>a8-shadow']);
    expect((await subscriptionsOf(topicArn)).map((s) => s.endpoint)).toEqual(['a8-q']);
  }, 60_000);

  it('a queue and a topic only in the cluster are deleted only with their flags', async () => {
    await createQueue('a9-keep');
    await createQueue('a9-old');
    await createTopic('a9-old-events');
    const d = design({ queues: [{ name: 'a9-keep' }] });
    expect(kinds((await auditSqsSns(connection, d, scope('a9-'))).differences)).toEqual(['only-in-cluster sqs-queue a9-old', 'only-in-cluster sns-topic a9-old-events']);
    const unflagged = await applySqsSnsCluster(connection, d, scope('a9-'));
    expect(unflagged.result.done).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => `${b.resource.type}:${b.resource.name}`)).toEqual(['sqs-queue:a9-old', 'sns-topic:a9-old-events']);
    expect(await queueExists('a9-old')).toBe(true);
    await applyAndSettle(d, 'a9-', ['sqs-queue:a9-old', 'sns-topic:a9-old-events']);
    expect(await queueExists('a9-old')).toBe(false);
    expect((await topicArns()).some((a) => a.endsWith(':a9-old-events'))).toBe(false);
    expect(await queueExists('a9-keep')).toBe(true);
  }, 60_000);

  it('removing a redrive policy is a change in place too', async () => {
    const dlqArn = await createQueue('a10-dlq');
    await createQueue('a10-q', { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 3 }) });
    const d = design({ queues: [{ name: 'a10-q' }, { name: 'a10-dlq' }] });
    expect((await auditSqsSns(connection, d, scope('a10-'))).differences).toEqual([
      { kind: 'differs', resource: { type: 'sqs-queue', name: 'a10-q' }, setting: 'RedrivePolicy', live: 'a10-dlq after 3 receives', source: 'set on the queue' },
    ]);
    expect(summary((await planSqsSnsCluster(connection, d, scope('a10-'))).plan.operations)).toEqual(['set-queue-attributes a10-q disruptive']);
    await applyAndSettle(d, 'a10-');
    expect((await queueAttributes('a10-q')).RedrivePolicy ?? '').toBe('');
  }, 60_000);

  it('an audit and a plan send only List and Get actions; apply sends the writes', async () => {
    await createQueue('a11-q', { VisibilityTimeout: '10' });
    const topicArn = await createTopic('a11-events');
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: await createQueue('a11-other') }));
    const through = { ...connection, endpoint: proxyUrl };
    const d = design({
      queues: [{ name: 'a11-q' }, { name: 'a11-new' }, { name: 'a11-other' }],
      topics: ['a11-events'],
      subscriptions: [{ topic: 'a11-events', queue: 'a11-q', filterPolicy: { a: ['b'] } }],
    });
    actions.length = 0;
    expect((await auditSqsSns(through, d, scope('a11-'))).differences.length).toBeGreaterThan(2);
    expect((await planSqsSnsCluster(through, d, scope('a11-', ['subscription:a11-events>a11-other']))).plan.operations.length).toBe(4);
    const read = [...new Set(actions)].sort();
    expect(read).toEqual(['GetQueueAttributes', 'GetSubscriptionAttributes', 'GetTopicAttributes', 'ListQueues', 'ListSubscriptions', 'ListTopics']);
    actions.length = 0;
    await applySqsSnsCluster(through, d, scope('a11-', ['subscription:a11-events>a11-other']));
    expect(actions).toEqual(expect.arrayContaining(['SetQueueAttributes', 'CreateQueue', 'Subscribe', 'Unsubscribe']));
    expect((await auditSqsSns(connection, d, scope('a11-'))).differences).toEqual([]);
  }, 60_000);

  it('the command line: audit --format json exits 1 with the differences, apply --yes makes them match, audit then exits 0', async () => {
    await createQueue('a13-q', { VisibilityTimeout: '5' });
    const dir = mkdtempSync(join(tmpdir(), 'qw-sqs-audit-cli-'));
    try {
      writeFileSync(join(dir, 'd.json'), JSON.stringify(design({ queues: [{ name: 'a13-q', visibilityTimeout: 60 }], topics: ['a13-t'], subscriptions: [{ topic: 'a13-t', queue: 'a13-q' }] })));
      const env = { AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey };
      const cli = async (argv: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env });
        return { code, stdout, stderr };
      };
      const flags = ['d.json', '--from', 'sqs-sns', '--region', REGION, '--endpoint', moto.endpoint, '--prefix', 'a13-'];
      const audit = await cli(['audit', ...flags, '--format', 'json']);
      expect(audit.code).toBe(1);
      expect(JSON.parse(audit.stdout)).toEqual([
        { kind: 'differs', resource: { type: 'sqs-queue', name: 'a13-q' }, setting: 'VisibilityTimeout', design: '60', live: '5', source: 'set on the queue' },
        { kind: 'only-in-design', resource: { type: 'sns-topic', name: 'a13-t' } },
        { kind: 'only-in-design', resource: { type: 'subscription', name: 'a13-t>a13-q' } },
      ]);
      const applied = await cli(['apply', ...flags, '--yes', '--format', 'json']);
      expect(applied.code).toBe(0);
      expect((JSON.parse(applied.stdout) as Array<{ action: string; status: string }>).map((o) => `${o.action} ${o.status}`)).toEqual([
        'set-queue-attributes done',
        'create-topic done',
        'subscribe done',
      ]);
      expect(await cli(['audit', ...flags])).toMatchObject({ code: 0, stdout: expect.stringMatching(/The cluster matches the design\.\n$/) });
      expect((await queueAttributes('a13-q')).VisibilityTimeout).toBe('60');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
