import { expect, test } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/**
 * Names are identities: a rename moves the node's id and every reference with
 * it (one undo step), New → Blank design starts clean (one undo step back),
 * and deleting every node leaves no cluster the studio created behind.
 */

test('renaming a node in place gives it the name as id, its connections follow, and one Ctrl+Z restores it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.node('billing').dblclick();
  await page.getByTestId('canvas.node.billing.rename').fill('Payment');
  await page.keyboard.press('Enter');
  await expect(studio.node('payment')).toBeVisible();
  await expect(studio.node('billing')).toHaveCount(0);
  // The renamed node stays selected under its new id.
  await expect(page.getByTestId('inspector.node.payment')).toBeVisible();
  const saved = await studio.savedDesign();
  expect(saved.nodes.map((n) => [n.id, n.name])).toEqual([
    ['checkout-api', 'checkout-api'],
    ['orders', 'orders'],
    ['payment', 'Payment'],
  ]);
  expect(saved.connections.map((c) => [c.id, c.from, c.to])).toEqual([
    ['checkout-api--orders', 'checkout-api', 'orders'],
    ['orders--payment', 'orders', 'payment'],
  ]);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await page.keyboard.press('Control+z');
  await expect(studio.node('billing')).toBeVisible();
  await expect(studio.node('payment')).toHaveCount(0);
  expect((await studio.savedDesign()).connections.map((c) => c.to)).toEqual(['orders', 'billing']);
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`New → Blank design starts clean and one Ctrl+Z brings the design back (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    const studio = new StudioPage(page);
    await studio.open(pipeline);
    const wide = await page.getByTestId('toolbar.blank').isVisible();
    if (!wide) {
      await page.getByTestId('toolbar.file-menu').click();
      await expect(page.getByTestId('file-menu.blank')).toBeVisible();
    }
    await page.screenshot({ path: `test-results/names-blank-${size.width}x${size.height}.png` });
    await page.getByTestId(wide ? 'toolbar.blank' : 'file-menu.blank').click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await expect(page.getByTestId('design.name')).toHaveValue('Untitled design');
    const saved = await studio.savedDesign();
    expect(saved.nodes).toEqual([]);
    expect(saved.clusters ?? []).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.getByTestId('design.name')).toHaveValue('Checkout');
  });
}

test('deleting every node leaves no auto-created cluster behind', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('kafka-topic', 300, 200);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect(((await studio.savedDesign()).clusters as unknown[]).length).toBe(1);
  await studio.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect.poll(async () => (await studio.savedDesign()).clusters ?? []).toEqual([]);
});
