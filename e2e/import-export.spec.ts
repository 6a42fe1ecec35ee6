import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { StudioPage } from './studio-page';

const SHARED = join(__dirname, '..', '..', 'shared');
const DEFINITIONS = join(SHARED, 'corpus', 'rabbitmq', 'CZERTAINLY__Provisioning-RabbitMQ__definitions.json');

test.beforeAll(() => {
  if (!existsSync(DEFINITIONS)) throw new Error(`${DEFINITIONS} is missing: these tests need the shared corpus beside the repository (../shared).`);
});

test('a RabbitMQ definitions.json dropped on the canvas shows its topology and findings, and exports to AsyncAPI', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const text = readFileSync(DEFINITIONS, 'utf8');
  const definitions = JSON.parse(text);
  const data = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'definitions.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('[data-testid="canvas"] .react-flow', 'drop', { dataTransfer: data });

  // Users and permissions cannot be represented: the report says so before anything is replaced.
  await expect(page.getByTestId('open-confirm')).toBeVisible();
  await expect(page.getByTestId('open-confirm.report')).toContainText('users');
  await page.getByTestId('open-confirm.replace').click();

  await expect(page.locator('.react-flow__node-rabbitmq-queue')).toHaveCount(definitions.queues.length);
  await expect(page.locator('.react-flow__node-rabbitmq-exchange')).toHaveCount(definitions.exchanges.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(definitions.bindings.length);
  await expect(page.locator('[data-testid^="findings.row."]').first()).toBeVisible();

  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.format.asyncapi').click();
  await expect(page.getByTestId('export.preview')).toContainText('asyncapi: "3.0.0"');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export.download').click()]);
  const document = parse(readFileSync((await download.path())!, 'utf8'));
  expect(document.asyncapi).toBe('3.0.0');
  const addresses = Object.values(document.channels as Record<string, { address: string }>).map((c) => c.address);
  for (const queue of definitions.queues) expect(addresses).toContain(queue.name);
});

test('a file in a format nobody reads is refused and changes nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders' }] });
  await studio.openFile('notes.json', JSON.stringify({ hello: 'world' }));
  await expect(page.getByTestId('open-error.item')).toContainText('is not recognised (top-level keys: hello)');
  await expect(studio.node('orders')).toBeVisible();
});

test('exports that need several files download as a zip; a name the target cannot hold is refused naming the node', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({
    queuewright: 2,
    nodes: [
      { kind: 'producer', id: 'api', name: 'api', kafka: { acks: 'all' } },
      { kind: 'kafka-topic', id: 'orders', name: 'orders' },
      { kind: 'consumer-group', id: 'billing', name: 'billing' },
    ],
    connections: [
      { id: 'p', kind: 'publish', from: 'api', to: 'orders' },
      { id: 'c', kind: 'consume', from: 'orders', to: 'billing' },
    ],
  });
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.format.kafka-client-properties').click();
  await expect(page.getByTestId('export.preview')).toContainText('acks=all');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export.download').click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zip = readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString()).toBe('PK');

  await page.keyboard.press('Escape');
  await studio.select('orders');
  await studio.field('name').fill('orders placed');
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.format.kafka-scripts').click();
  await expect(page.getByTestId('export.errors')).toContainText('orders');
});
