import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../lib/testing/rabbitmq-broker';
import { StudioPage } from './studio-page';

/**
 * "Import from cluster" end to end: a real RabbitMQ (started here, management
 * plugin on a free port) with a topology made by rabbitmqctl, imported through
 * the studio's dialog and the server's read-only route, opened as the design.
 * The Kafka half of the route is proven in lib/live/kafka-live.test.ts.
 */

requireRabbitmq('Live import end-to-end test');
let broker: RabbitBroker;
let tmp: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qw-e2e-rabbit-'));
  broker = await startRabbitBroker({ management: true });
  const file = path.join(tmp, 'topology.json');
  writeFileSync(
    file,
    JSON.stringify({
      exchanges: [{ name: 'logs', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} }],
      queues: [{ name: 'errors', vhost: '/', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'quorum' } }],
      bindings: [{ source: 'logs', vhost: '/', destination: 'errors', destination_type: 'queue', routing_key: '#.error', arguments: {} }],
    }),
  );
  await broker.ctl(['import_definitions', file]);
});

test.afterAll(async () => {
  await broker?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('a live RabbitMQ opens as a design; wrong credentials say so and change nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.fileAction('import-cluster');
  const dialog = page.getByTestId('cluster-import');
  await expect(dialog).toBeVisible();
  await page.getByTestId('cluster-import.source.rabbitmq').click();
  await page.getByTestId('cluster-import.url').fill(`http://127.0.0.1:${broker.managementPort}/`);
  await page.getByTestId('cluster-import.username').fill('guest');
  await page.getByTestId('cluster-import.password').fill('not-the-password');
  await page.getByTestId('cluster-import.submit').click();
  await expect(page.getByTestId('cluster-import.error')).toContainText('refused the credentials');
  await expect(page.getByTestId('cluster-import.password')).toHaveValue('not-the-password');

  await page.getByTestId('cluster-import.password').fill('guest');
  await page.getByTestId('cluster-import.submit').click();
  await expect(page.getByTestId('cluster-import.result')).toContainText('2 nodes and 1 connection.');
  await page.getByTestId('cluster-import.open').click();
  await expect(dialog).toBeHidden();
  await expect(studio.node('logs')).toBeVisible();
  await expect(studio.node('errors')).toBeVisible();
  // The credentials are nowhere in what the browser keeps.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + location.href);
  expect(stored).not.toContain('guest');
});
