import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../lib/share';
import { designFromData } from '../lib/design';
import { pipeline } from './fixtures';
import { AUTOSAVE_KEY, readSaved, StudioPage } from './studio-page';

/**
 * No work is lost: full storage, a damaged autosave with storage nearly full,
 * a crash in the moment between an edit and its autosave, a link opened over
 * a design that has notes but no nodes, and "Keep my design" when a link
 * arrives. Storage is filled for real, the way other tabs and sites fill it.
 */

/** Fills this origin's local storage until not one more character fits. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('full storage: the studio says so where it cannot be missed and hands the design over as a file', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await fillStorage(page);
  await studio.paletteItem('sqs-queue').click();
  const alert = page.getByTestId('save-failed');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Your changes are not being saved');
  await expect(alert).toContainText('full');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  const file = await downloaded(page, () => page.getByTestId('save-failed.download').click());
  expect(readSaved(file).nodes.map((n) => n.kind)).toContain('sqs-queue');

  // Room again: the next try saves, and the alert goes.
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('filler-'))
      .forEach((k) => localStorage.removeItem(k)),
  );
  await page.getByTestId('save-failed.retry').click();
  await expect(alert).toHaveCount(0);
  expect((await studio.savedDesign()).nodes).toHaveLength(4);
});

test('a damaged autosave with storage nearly full: no crash loop, and the damaged copy can be downloaded', async ({ page }) => {
  const studio = new StudioPage(page);
  const damaged = JSON.stringify(pipeline).slice(0, -40);
  await studio.open();
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [AUTOSAVE_KEY, damaged] as const);
  await fillStorage(page);

  for (let visit = 0; visit < 2; visit++) {
    await page.reload();
    await expect(page.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('crash')).toHaveCount(0);
    await expect(page.getByTestId('damaged-autosave')).toContainText('could not be read');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'held');
    // Nothing was written over the only copy.
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBe(damaged);
  }
  expect(await downloaded(page, () => page.getByTestId('damaged-autosave.download').click())).toBe(damaged);
  await expect(page.getByTestId('damaged-autosave')).toHaveCount(0);
});

test('a crash right after an edit, before its autosave was due, loses nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await expect(studio.node('orders')).toBeVisible();
  // The next node the canvas measures crashes it (React Flow observes each new node's size).
  await page.evaluate(() => {
    ResizeObserver.prototype.observe = () => {
      throw new Error('simulated crash');
    };
  });
  await studio.paletteItem('sqs-queue').click();
  await expect(page.getByTestId('crash')).toBeVisible();
  await expect(page.getByTestId('crash.saved')).toHaveAttribute('data-saved', 'true');
  await expect(page.getByTestId('crash.saved')).toContainText('Your design is safe');
  const saved = readSaved(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY));
  expect(saved.nodes.map((n) => n.kind)).toContain('sqs-queue');
  expect(saved.nodes).toHaveLength(4);
});

const shared = designFromData({ ...pipeline, name: 'Shared checkout' });
if (!shared.ok) throw new Error('fixture');
const fragment = encodeShareFragment(shared.design);

test('a link over a design with notes but no nodes asks before replacing it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({ queuewright: 1, name: 'Ideas', notes: 'Talk to payments about exactly-once', nodes: [], connections: [] });
  await page.goto(`/#${fragment}`);
  await expect(page.getByTestId('share-confirm')).toBeVisible();
  await expect(page.getByTestId('share-confirm')).toContainText('with notes');
  // The link stays in the address bar until the question is answered.
  expect(new URL(page.url()).hash).toBe(`#${fragment}`);
  await page.getByTestId('share-confirm.keep').click();
  expect((await studio.savedDesign()).notes).toBe('Talk to payments about exactly-once');
});

test('"Keep my design" keeps the link too: it opens read-only beside my work, or here later', async ({ page, context }) => {
  const studio = new StudioPage(page);
  await studio.open({ queuewright: 1, name: 'My own work', nodes: [{ kind: 'producer', id: 'mine', name: 'mine' }], connections: [] });
  await page.goto(`/#${fragment}`);
  await page.getByTestId('share-confirm.keep').click();
  await expect(page.getByTestId('design.name')).toHaveValue('My own work');
  const notice = page.getByTestId('share-kept');
  await expect(notice).toContainText('Shared checkout');

  const [review] = await Promise.all([context.waitForEvent('page'), page.getByTestId('share-kept.review').click()]);
  await expect(review.getByTestId('review')).toBeVisible();
  await expect(review.getByTestId('design.name')).toHaveText('Shared checkout');
  await review.close();

  await page.getByTestId('share-kept.open').click();
  await page.getByTestId('share-confirm.open').click();
  await expect(page.getByTestId('design.name')).toHaveValue('Shared checkout');
  await expect(notice).toHaveCount(0);
  await page.getByTestId('toolbar.undo').click();
  await expect(page.getByTestId('design.name')).toHaveValue('My own work');
});
