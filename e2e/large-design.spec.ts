import { expect, test, type Page } from '@playwright/test';
import { writeDesignJson } from '../lib/design';
import { encodeShareFragment } from '../lib/share';
import { largeDesign } from '../lib/testing/large-design';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/**
 * A share link of a 10,000-node design (the schema's limit, ~15,000
 * findings) opens without freezing the recipient's tab: only what is on
 * screen is in the page (canvas, findings, node lists), the review runs in a
 * worker, and the studio keeps working on it. How long it takes is the
 * bench's `share_open_ms_10000_nodes`; these specs hold the structure that
 * makes it fast.
 */

test.describe.configure({ timeout: 120_000 });
const design = largeDesign(10_000);
const fragment = encodeShareFragment(design);
/** Far fewer elements than the design has nodes: what is on screen, not the design. */
const BOUNDED_DOM = 5000;

const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function waitForScore(page: Page) {
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
  // The score of this design, not of the empty one before the link was read.
  await expect(page.getByTestId('score')).toHaveAttribute('data-current', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('score.overall')).toHaveText(/^\d+$/);
}

test('the studio opens a 10,000-node link with the canvas, the score and every finding reachable', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const worker = page.waitForEvent('worker');
  await page.goto(`/#${fragment}`);
  // The review worker is a real script that runs (not an asset the browser cannot execute).
  expect(await (await worker).evaluate(() => typeof (self as unknown as { onmessage: unknown }).onmessage)).toBe('function');
  await waitForScore(page);
  expect(await domSize(page)).toBeLessThan(BOUNDED_DOM);
  await expect(page.getByTestId('canvas.overview')).toBeVisible();

  // Every finding is reachable: the list is virtualised, and scrolling to the end shows the last ones.
  const list = page.getByTestId('findings.list');
  await expect(list).toHaveAttribute('data-virtual', 'true');
  const total = Number(await list.getAttribute('data-rows'));
  expect(total).toBeGreaterThan(10_000);
  expect(await list.locator('[data-testid^="findings.row."]').count()).toBeLessThan(100);
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(list.locator(`[aria-posinset="${total}"]`)).toBeVisible();
  expect(await list.locator('[data-testid^="findings.row."]').count()).toBeLessThan(100);

  // The node filter is a search, not a 10,000-option list.
  const filter = page.getByTestId('findings.filter.node');
  await filter.fill('payments-2491');
  await page.getByTestId('findings.filter.node.options').getByRole('option', { name: 'payments-2491 service' }).click();
  await expect(list.locator('[data-testid^="findings.row."]').first()).toHaveAttribute('data-target', /^payments-2491/);

  // A finding's Fix works on a review that came from the worker (its fix is recomputed here).
  const acks = list.getByTestId('findings.row.kafka/acks-all-for-at-least-once').first();
  await expect(acks).toBeVisible();
  await acks.getByTestId('findings.fix.kafka/acks-all-for-at-least-once').click();
  // The fixed design is reviewed again in the worker: 10,000 nodes, as long as the first review may take on a busy machine.
  await expect(list.getByTestId('findings.row.kafka/acks-all-for-at-least-once')).toHaveCount(0, { timeout: 60_000 });
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'payments-2491-service')).toMatchObject({ kafka: { acks: 'all' } });

  // Selecting a node: the inspector's list of nodes to connect to is a search too.
  await filter.click();
  await page.getByRole('option', { name: 'All nodes' }).click();
  await list.locator('[data-testid^="findings.row."]').first().locator('button').first().click();
  await expect(page.getByTestId('inspector.connect-to')).toHaveAttribute('role', 'combobox');
  expect(await domSize(page)).toBeLessThan(BOUNDED_DOM);
});

test('the read-only review opens the same link just as lightly', async ({ page }) => {
  await page.goto(`/view#${fragment}`);
  await waitForScore(page);
  expect(await domSize(page)).toBeLessThan(BOUNDED_DOM);
  await expect(page.getByTestId('findings.list')).toHaveAttribute('data-virtual', 'true');
});

test('a small design is reviewed in place, without a worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await expect(page.getByTestId('score.overall')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('findings.list')).not.toHaveAttribute('data-virtual', 'true');
  expect(workers).toEqual([]);
});

test('a 5,000-node file opens through Open, imported in a worker, with its canvas and its review', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'large.queuewright.json', mimeType: 'application/json', buffer: Buffer.from(writeDesignJson(largeDesign(5000))) });
  await waitForScore(page);
  expect(workers).toContain('/workers/import.js');
  await expect(page.getByTestId('canvas.overview')).toBeVisible();
  expect(await domSize(page)).toBeLessThan(BOUNDED_DOM);
});
