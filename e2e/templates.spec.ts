import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TEMPLATES } from '../lib/families/templates';
import { StudioPage } from './studio-page';

const OUT = join(__dirname, '..', 'test-results', 'screens');

test('the empty studio offers the template gallery: thumbnail, purpose and brokers of each', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const gallery = page.getByTestId('empty.start').getByTestId('template-gallery');
  const cards = gallery.locator('[data-testid^="template."]');
  await expect(cards).toHaveCount(TEMPLATES.length);
  const order = gallery.getByTestId('template.order-processing-kafka');
  await expect(order).toContainText('Order processing pipeline');
  await expect(order).toContainText('Kafka');
  await expect(order.locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  // Thumbnails are drawn: the image decoded to a real size.
  expect(await order.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await page.screenshot({ path: join(OUT, 'start-gallery.png') });

  await order.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(10);
  await expect(page.getByTestId('score.overall')).toHaveText('100');
  await expect(page.getByTestId('empty.start')).toHaveCount(0);
  const saved = await studio.savedDesign();
  expect(saved.name).toBe('Order processing pipeline');
});

test('New… opens the templates; choosing one replaces the design in one undoable step', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('empty.start').getByTestId('template.nats-work-queue').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  await studio.fileAction('start');
  await expect(page.getByTestId('start')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'start-dialog.png') });
  await page.getByTestId('start').getByTestId('template.event-sourced-bank').click();
  await expect(page.getByTestId('start')).toBeHidden();
  await expect(studio.node('account-events')).toContainText('Event store');
  await expect(studio.node('account-snapshots')).toContainText('every 100 events');
  await expect(page.getByTestId('score.overall')).toHaveText('100');
  await page.screenshot({ path: join(OUT, 'template-bank.png') });

  await page.getByTestId('toolbar.undo').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});
