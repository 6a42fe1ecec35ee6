import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './studio-page';
import { pipeline } from './fixtures';
import { makeDesign, type TestDesignInput } from '../lib/design/build-design';
import { encodeShareFragment } from '../lib/share';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test(`the studio has no serious or critical axe violation (${theme})`, async ({ page }) => {
    const studio = new StudioPage(page);
    await page.addInitScript((t) => localStorage.setItem('queuewright.theme', t), theme);
    await studio.open(pipeline);
    await expect(studio.node('orders')).toBeVisible();
    await studio.select('orders');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the read-only review of a share link has no serious or critical axe violation', async ({ page }) => {
  await page.goto(`/view#${encodeShareFragment(makeDesign(pipeline as TestDesignInput))}`);
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the rule pages have no serious or critical axe violation', async ({ page }) => {
  await page.goto('/rules');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/rules/rabbitmq/dlx-graph');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a node can be added and connected with the keyboard alone', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  for (const kind of ['producer', 'kafka-topic']) {
    await studio.paletteItem(kind).focus();
    await expect(studio.paletteItem(kind)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(studio.node(kind)).toBeVisible();
  }
  // The topic was added last and is selected; select the producer by keyboard through React Flow's focusable nodes.
  await page.locator('.react-flow__node[data-id="producer"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector.node.producer')).toBeVisible();
  await page.getByTestId('inspector.connect-to').focus();
  await page.getByTestId('inspector.connect-to').selectOption({ label: 'publish → kafka-topic' });
  await expect(studio.edge('producer', 'kafka-topic')).toHaveCount(1);
});

test('icon buttons have labels and focus is visible', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  for (const name of ['Undo', 'Redo', 'Hide findings']) await expect(page.getByRole('button', { name })).toBeVisible();
  await page.getByTestId('palette.search').focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
