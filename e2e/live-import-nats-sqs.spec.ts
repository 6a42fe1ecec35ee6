import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { expect, test } from '@playwright/test';
import { connect } from 'nats';
import { requireMoto, startMotoServer, type MotoServer } from '../lib/testing/moto-server';
import { requireNatsServer, startNatsServer, type NatsServer } from '../lib/testing/nats-server';
import { StudioPage } from './studio-page';

/**
 * "Import from cluster" for NATS JetStream and SQS/SNS, end to end: a real
 * nats-server and moto's AWS emulator (started here, on 127.0.0.1, which the
 * test server allows), read through the studio's dialog and the server's
 * read-only route, opened as the design. The readers themselves are proven in
 * lib/live/nats-live.test.ts and lib/live/sqs-sns-live.test.ts.
 */

requireNatsServer('NATS and SQS/SNS live import end-to-end test');
requireMoto('NATS and SQS/SNS live import end-to-end test');
let nats: NatsServer;
let moto: MotoServer;
const KEY = { accessKeyId: 'AKIAE2ETESTKEY000001', secretAccessKey: 'e2e-secret-access-key' };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [nats, moto] = await Promise.all([startNatsServer(), startMotoServer()]);
  const nc = await connect({ servers: nats.url });
  try {
    await (await nc.jetstreamManager()).streams.add({ name: 'TELEMETRY', subjects: ['telemetry.>'] });
  } finally {
    await nc.close();
  }
  const config = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { ...KEY } };
  const sqs = new SQSClient(config);
  const sns = new SNSClient(config);
  try {
    await sqs.send(new CreateQueueCommand({ QueueName: 'invoices' }));
    await sns.send(new CreateTopicCommand({ Name: 'billing-events' }));
  } finally {
    sqs.destroy();
    sns.destroy();
  }
});

test.afterAll(async () => {
  await Promise.all([nats?.stop(), moto?.stop()]);
});

test('a live NATS JetStream and a live SQS/SNS open as designs', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.fileAction('import-cluster');
  const dialog = page.getByTestId('cluster-import');
  await page.getByTestId('cluster-import.source.nats').click();
  await page.getByTestId('cluster-import.url').fill(nats.url);
  await page.getByTestId('cluster-import.submit').click();
  await expect(page.getByTestId('cluster-import.result')).toContainText('1 node and 0 connections.');
  await page.getByTestId('cluster-import.open').click();
  await expect(dialog).toBeHidden();
  await expect(studio.node('telemetry')).toBeVisible();

  await studio.fileAction('import-cluster');
  await page.getByTestId('cluster-import.source.sqs-sns').click();
  await page.getByTestId('cluster-import.region').fill('us-east-1');
  await page.getByTestId('cluster-import.endpoint').fill(moto.endpoint);
  await page.getByTestId('cluster-import.username').fill(KEY.accessKeyId);
  await page.getByTestId('cluster-import.password').fill(KEY.secretAccessKey);
  await page.getByTestId('cluster-import.submit').click();
  await expect(page.getByTestId('cluster-import.result')).toContainText('2 nodes and 0 connections.');
  await page.getByTestId('cluster-import.open').click();
  await expect(dialog).toBeHidden();
  await expect(studio.node('invoices')).toBeVisible();
  await expect(studio.node('billing-events')).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + location.href);
  expect(stored).not.toContain(KEY.secretAccessKey);
});
