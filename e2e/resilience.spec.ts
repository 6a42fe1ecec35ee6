import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';
import { pipeline } from './fixtures';

test('a crash in the studio shows a recovery screen that downloads the design', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  // React Flow measures nodes with ResizeObserver: make it throw to crash the canvas.
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('simulated crash');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.reload();
  await expect(page.getByTestId('crash')).toContainText('Your design is safe');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('crash.download').click()]);
  const recovered = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(recovered.nodes.map((n: { id: string }) => n.id)).toEqual(['checkout-api', 'orders', 'billing']);
});

test('two tabs editing the same autosave: the second is asked which design to keep, nothing is overwritten silently', async ({ page, context }) => {
  const first = new StudioPage(page);
  await first.open(pipeline);
  const second = new StudioPage(await context.newPage());
  await second.page.goto('/');
  await expect(second.node('orders')).toBeVisible();

  await first.select('orders');
  await first.field('partitions').fill('24');
  await expect(second.page.getByTestId('autosave-conflict')).toBeVisible();
  await expect(second.page.getByTestId('save-status')).toContainText('another tab');

  expect((await first.savedDesign()).nodes.find((n) => n.id === 'orders')).toMatchObject({ partitions: 24 });

  await second.page.getByTestId('autosave-conflict.load-theirs').click();
  await expect(second.node('orders')).toContainText('24 × RF 3');

  // Now the second tab edits; the first is asked in turn, and may keep its own design.
  await second.select('billing');
  await second.field('instances').fill('5');
  await expect(page.getByTestId('autosave-conflict')).toBeVisible();
  await page.getByTestId('autosave-conflict.keep-mine').click();
  await expect.poll(async () => (await first.savedDesign()).nodes.find((n) => n.id === 'billing')?.instances).toBe(1);
});
