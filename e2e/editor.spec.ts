import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';
import { pipeline } from './fixtures';

const KINDS = ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic', 'consumer-group'];

test('a new user sees how to begin', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId('canvas.empty')).toContainText('Drag a producer');
  await expect(page.getByTestId('inspector.design')).toBeVisible();
});

test('every kind can be dragged from the palette onto the canvas', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  for (const [i, kind] of KINDS.entries()) {
    await studio.dragToCanvas(kind, 130 + (i % 4) * 220, 90 + Math.floor(i / 4) * 170);
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(KINDS.length);
  for (const kind of KINDS) await expect(page.locator(`.react-flow__node-${kind}`)).toHaveCount(1);
  await expect(page.getByTestId('canvas.empty')).toHaveCount(0);
  const saved = await studio.savedDesign();
  expect(saved.nodes.map((n) => n.kind).sort()).toEqual([...KINDS].sort());
});

test('a node lands where it is dropped: the view never jumps to the first node', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const drops = { producer: { x: 140, y: 120 }, 'kafka-topic': { x: 470, y: 120 } } as const;
  for (const [kind, at] of Object.entries(drops)) await studio.dragToCanvas(kind, at.x, at.y);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  const pane = (await studio.canvas.boundingBox())!;
  for (const [id, at] of Object.entries(drops)) {
    const box = (await studio.node(id).boundingBox())!;
    // The drop point falls inside the node, near its top-left (nodes snap to a 16 px grid).
    expect(Math.abs(box.x - (pane.x + at.x - 120))).toBeLessThanOrEqual(16);
    expect(Math.abs(box.y - (pane.y + at.y - 30))).toBeLessThanOrEqual(16);
  }
});

test('the palette filters by search and adds on click', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('palette.search').fill('rabbit');
  await expect(studio.paletteItem('rabbitmq-queue')).toBeVisible();
  await expect(studio.paletteItem('kafka-topic')).toHaveCount(0);
  await studio.paletteItem('rabbitmq-queue').click();
  await expect(studio.node('rabbitmq-queue')).toBeVisible();
  await expect(studio.node('rabbitmq-queue')).toContainText('quorum');
});

test('connecting producer → topic → consumer group and exchange → queue makes the right connections', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('producer', 150, 100);
  await studio.dragToCanvas('kafka-topic', 480, 100);
  await studio.dragToCanvas('consumer-group', 810, 100);
  await studio.dragToCanvas('rabbitmq-exchange', 150, 330);
  await studio.dragToCanvas('rabbitmq-queue', 480, 330);
  for (const [from, to] of [
    ['producer', 'kafka-topic'],
    ['kafka-topic', 'consumer-group'],
    ['rabbitmq-exchange', 'rabbitmq-queue'],
  ]) {
    const drag = await studio.connect(from, to);
    await drag.release();
    await expect(studio.edge(from, to)).toHaveCount(1);
  }
  const saved = await studio.savedDesign();
  expect(saved.connections.map((c) => `${c.from}>${c.to}:${c.kind}`).sort()).toEqual(['kafka-topic>consumer-group:consume', 'producer>kafka-topic:publish', 'rabbitmq-exchange>rabbitmq-queue:bind']);
  // A producer that publishes to Kafka shows its acks at a glance.
  await expect(page.getByTestId('canvas.node.producer.summary')).toContainText('acks=all');
});

test('a connection that makes no sense is refused while dragging, with the reason', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('kafka-topic', 150, 100);
  await studio.dragToCanvas('rabbitmq-queue', 520, 100);
  const drag = await studio.connect('kafka-topic', 'rabbitmq-queue');
  await expect(page.getByTestId('canvas.connection-refusal')).toContainText('Kafka topic cannot connect to a RabbitMQ queue');
  await drag.release();
  await expect(page.getByTestId('toast.error')).toContainText('cannot connect');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});

test('editing partitions changes the node; an invalid value is refused inline and changes nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.select('orders');
  await expect(studio.node('orders')).toContainText('12 × RF 3');
  await studio.field('partitions').fill('48');
  await expect(studio.node('orders')).toContainText('48 × RF 3');
  await studio.field('partitions').fill('0');
  await expect(page.getByTestId('inspector.field-error')).toContainText('>=1');
  await expect(studio.node('orders')).toContainText('48 × RF 3');
  const saved = await studio.savedDesign();
  expect(saved.nodes.find((n) => n.id === 'orders')).toMatchObject({ partitions: 48 });
});

test('the inspector shows what an unset setting runs with and where that comes from; leaving it to the software unsets it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.select('checkout-api');
  const acks = page.getByTestId('inspector.field.kafka.acks.effective');
  await expect(acks).toHaveText('Unset: runs with all · Java client default (no client declared)');
  await expect(acks).toHaveAttribute('data-origin', 'client');
  await studio.field('kafka.acks').selectOption('1');
  await expect(acks).toContainText('Set in design');
  // acks=1 conflicts with idempotence, which the Java client then turns off without a word.
  await expect(page.getByTestId('inspector.field.kafka.enable.idempotence.effective')).toContainText('Unset: runs with false · turned off by the client: acks=1 conflicts');
  await page.getByTestId('inspector.field.kafka.acks.effective.clear').click();
  await expect(acks).toContainText('Unset: runs with all');
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'checkout-api')?.kafka).toEqual({});
});

test('undo and redo cover design changes, by button and keyboard', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.select('orders');
  await studio.field('partitions').fill('24');
  await expect(studio.node('orders')).toContainText('24 × RF 3');
  await page.getByTestId('toolbar.undo').click();
  await expect(studio.node('orders')).toContainText('12 × RF 3');
  await page.getByTestId('toolbar.redo').click();
  await expect(studio.node('orders')).toContainText('24 × RF 3');
  await studio.node('billing').click();
  await page.keyboard.press('Delete');
  await expect(studio.node('billing')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(studio.node('billing')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(studio.node('billing')).toHaveCount(0);
});

test('copy, paste and duplicate make new nodes with their connections', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  // The pasted copies sit 32 px down and right: click the original's uncovered top edge.
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await studio.node('orders').click({ position: { x: 120, y: 14 } });
  await expect(page.getByTestId('inspector.node.orders')).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
});

test('the work survives a reload', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('nats-stream', 300, 150);
  await studio.dragToCanvas('consumer-group', 650, 150);
  await (await studio.connect('nats-stream', 'consumer-group')).release();
  await expect(studio.edge('nats-stream', 'consumer-group')).toHaveCount(1);
  await studio.savedDesign();
  await page.reload();
  await expect(studio.node('nats-stream')).toBeVisible();
  await expect(studio.node('consumer-group')).toBeVisible();
  await expect(studio.edge('nats-stream', 'consumer-group')).toHaveCount(1);
});

test('auto-layout of a 20-node pipeline shows all of it on one screen, none of it under the minimap', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
  // Wait for the work, not for a time: the layout, then the fit.
  await studio.layout();
  await expect(page.locator('.react-flow__node')).toHaveCount(20);
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
});

test('auto-layout arranges the flow left to right, and the theme switches', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({ ...pipeline, layout: { 'checkout-api': { x: 800, y: 0 }, orders: { x: 400, y: 300 }, billing: { x: 0, y: 600 } } });
  await page.getByTestId('toolbar.layout').click();
  await expect
    .poll(async () => {
      const d = await studio.savedDesign();
      const l = d.layout as Record<string, { x: number }>;
      return l['checkout-api'].x < l.orders.x && l.orders.x < l.billing.x;
    })
    .toBe(true);
  await page.getByTestId('toolbar.theme').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});
