import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AUTOSAVE_KEY, StudioPage } from './studio-page';

const OUT = join(__dirname, '..', 'test-results', 'screens');

/** Opens a template and returns its share link as the Share dialog shows it. */
async function shareLinkOf(page: Page, template: string, mode: 'edit' | 'view' = 'edit'): Promise<string> {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('empty.start').getByTestId(`template.${template}`).click();
  await expect(page.getByTestId('canvas.empty')).toHaveCount(0);
  await page.getByTestId('toolbar.share').click();
  await page.getByTestId(`share.mode.${mode}`).check();
  const link = await page.getByTestId('share.link').inputValue();
  expect(link).toMatch(mode === 'view' ? /\/view#v3\./ : /\/#v3\./);
  return link;
}

test('a copied link opens the same design, layout and score in a fresh browser', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await shareLinkOf(page, 'rabbitmq-work-queue');
  await expect(page.getByTestId('share.length')).toHaveText(`${link.length.toLocaleString('en')} characters`);
  await expect(page.getByTestId('share.reach')).toContainText('Short enough');
  await page.screenshot({ path: join(OUT, 'share-dialog.png') });
  await page.getByTestId('share.copy').click();
  await expect(page.getByTestId('toast.success').last()).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const positions = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')}@${(n as HTMLElement).style.transform}`).sort());
  const score = String(await new StudioPage(page).score());
  const original = await new StudioPage(page).savedDesign();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
  await expect(other.locator('.react-flow__node')).toHaveCount(positions.length);
  await expect(other.getByTestId('score.overall')).toHaveText(score!);
  // Same layout: the same nodes at the same canvas positions.
  const otherPositions = await other.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')}@${(n as HTMLElement).style.transform}`).sort());
  expect(otherPositions).toEqual(positions);
  const opened = await new StudioPage(other).savedDesign();
  expect(opened).toEqual(original);
  // The fragment is gone from the address bar, so a reload does not ask again.
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
});

test('a link never replaces autosaved work without asking', async ({ page, browser }) => {
  const link = await shareLinkOf(page, 'cdc-warehouse');
  const context = await browser.newContext();
  const other = await context.newPage();
  const mine = { queuewright: 1, name: 'My own work', nodes: [{ kind: 'producer', id: 'mine', name: 'mine' }], connections: [] };
  await other.goto('/');
  await other.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE_KEY, JSON.stringify(mine)] as const);

  // A fresh page load with the link, as when it is clicked in a chat app.
  await other.goto('about:blank');
  await other.goto(link);
  await expect(other.getByTestId('share-confirm')).toBeVisible();
  await expect(other.getByTestId('share-confirm')).toContainText('My own work');
  await other.screenshot({ path: join(OUT, 'share-confirm.png') });
  await other.getByTestId('share-confirm.keep').click();
  await expect(other.locator('.react-flow__node')).toHaveCount(1);
  await expect(other.getByTestId('design.name')).toHaveValue('My own work');

  // The same link pasted into the address bar of the open studio (a fragment change, no reload).
  await other.goto(link);
  await other.getByTestId('share-confirm.open').click();
  await expect(other.getByTestId('design.name')).toHaveValue('CDC to a data warehouse');
  await other.getByTestId('toolbar.undo').click();
  await expect(other.getByTestId('design.name')).toHaveValue('My own work');
  await context.close();
});

test('a mangled link shows what is wrong and leaves the studio as it was', async ({ page }) => {
  const link = await shareLinkOf(page, 'iot-telemetry');
  const studio = new StudioPage(page);
  const before = await studio.savedDesign();
  const hash = link.indexOf('#');
  const mangled = `${link.slice(0, hash + 20)}${link[hash + 20] === 'A' ? 'B' : 'A'}${link.slice(hash + 21)}`;
  await page.goto(mangled);
  await expect(page.getByTestId('share-error')).toBeVisible();
  await expect(page.getByTestId('share-error.details')).toHaveAttribute('data-code', 'corrupt');
  await page.screenshot({ path: join(OUT, 'share-error.png') });
  await page.getByTestId('share-error.back').click();
  await expect(page.getByTestId('share-error')).toBeHidden();
  expect(await studio.savedDesign()).toEqual(before);

  await page.goto(link.slice(0, link.length - 30));
  await expect(page.getByTestId('share-error.details')).toHaveAttribute('data-code', 'truncated');
  await page.goto(`${link.slice(0, hash)}#v9.${link.slice(hash + 4)}`);
  await expect(page.getByTestId('share-error.details')).toHaveAttribute('data-code', 'unknown-version');
});

test('the review link shows canvas, score and findings with no editing controls', async ({ page, browser }) => {
  const link = await shareLinkOf(page, 'saga-compensations', 'view');
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('review')).toBeVisible();
  await expect(other.getByTestId('review.badge')).toContainText('read only');
  await expect(other.locator('.react-flow__node')).toHaveCount(12);
  await expect(other.getByTestId('score.overall')).toHaveText('100');
  await expect(other.getByTestId('findings')).toBeVisible();
  for (const control of ['toolbar.undo', 'toolbar.share', 'toolbar.open', 'palette.search']) await expect(other.getByTestId(control)).toHaveCount(0);
  await expect(other.locator('.react-flow__handle').first()).toBeHidden();
  await other.getByTestId('canvas.node.order-saga').click();
  // Settings show as text, with no inputs that look editable.
  await expect(other.getByTestId('inspector.field.name')).toHaveAttribute('data-readonly', 'true');
  await expect(other.getByTestId('inspector').getByRole('textbox')).toHaveCount(0);
  await other.screenshot({ path: join(OUT, 'review.png') });
  await expect(other.getByTestId('review.open-in-studio')).toHaveAttribute('href', /^\/#v3\./);

  await other.goto(link.replace('#v3.', '#v3.x'));
  await expect(other.getByTestId('share-error')).toBeVisible();
  await expect(other.getByTestId('share-error.back')).toHaveAttribute('href', '/');
  await other.screenshot({ path: join(OUT, 'review-error.png') });
  await context.close();
});
