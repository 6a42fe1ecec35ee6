import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/** Screenshots to look at (test-results/screens). */
const OUT = join(__dirname, '..', 'test-results', 'screens');

/** A string only CodeMirror's own code holds (its base theme), to tell its chunk from the others. */
const CODEMIRROR_MARK = 'cm-scroller';

/** The editor lines holding `text`; a string must be the whole line but for its indentation and a list dash. */
function editorLine(page: Page, text: string | RegExp) {
  const pattern = typeof text === 'string' ? new RegExp(`^\\s*(- )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text;
  return page.locator('[data-testid="code-panel"] .cm-line', { hasText: pattern });
}

/** Puts the cursor at the end of the line holding `text`, as a person does: a click on it, then End. */
async function cursorAtEndOf(page: Page, text: string) {
  await editorLine(page, text).first().click();
  await page.keyboard.press('End');
}

/** Selects the last `count` characters of the line holding `text`, as a person does with Shift+Left. */
async function selectBackFromEndOf(page: Page, text: string, count: number) {
  await cursorAtEndOf(page, text);
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowLeft');
}

/** The 1-based number of the editor line holding `text`. */
async function lineNumberOf(page: Page, text: string): Promise<number> {
  const lines = await page.locator('[data-testid="code-panel"] .cm-line').allInnerTexts();
  return lines.findIndex((line) => line.includes(text)) + 1;
}

async function openCode(page: Page) {
  await page.getByTestId('toolbar.code').click();
  await expect(page.getByTestId('code.editor')).toBeVisible();
  await expect(page.getByTestId('code.status')).toHaveText('YAML, in sync with the canvas');
}

test('the code follows the canvas and the canvas follows typed code, one undo step per edit', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await openCode(page);
  // The saved form: what differs from defaults, nothing more.
  await expect(editorLine(page, 'partitions: 12')).toHaveCount(1);
  await expect(page.getByTestId('code.editor')).not.toContainText('publishRate');

  // Moving the cursor into a node's block selects it on the canvas.
  await editorLine(page, 'partitions: 12').click();
  await expect(page.getByTestId('inspector.node.orders')).toBeVisible();

  // Change partitions with the keyboard: the inspector follows after a pause. The value is selected and typed
  // over in one input (as a paste or a fast typist does): a pause between keys on a busy machine would apply
  // "1" or "2" on its own, an undo step of its own.
  await selectBackFromEndOf(page, 'partitions: 12', 2);
  await page.keyboard.insertText('24');
  await expect(studio.field('partitions')).toHaveValue('24');
  await expect(page.getByTestId('code.status')).toHaveText('YAML, in sync with the canvas');

  // Rename the topic: the canvas shows the name, and its id follows it in the code as on the canvas.
  await selectBackFromEndOf(page, 'name: orders', 'orders'.length);
  await page.keyboard.insertText('payments');
  await expect(studio.node('payments')).toContainText('payments');
  await expect(editorLine(page, 'id: payments')).toHaveCount(1);
  await expect(editorLine(page, 'to: payments')).toHaveCount(1);
  // The cursor stayed on the line being typed: typing on goes on the name.
  await page.keyboard.insertText('-v2');
  await expect(studio.node('payments-v2')).toContainText('payments-v2');

  // Ctrl+Z in the editor undoes the studio's steps, one per applied edit: the renames, then the partitions.
  await page.keyboard.press('Control+z');
  await expect(studio.node('payments')).toBeVisible();
  await expect(editorLine(page, 'name: payments')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(studio.node('orders')).toBeVisible();
  await expect(editorLine(page, 'partitions: 24')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(editorLine(page, 'partitions: 12')).toHaveCount(1);
  await studio.select('orders');
  await expect(studio.field('partitions')).toHaveValue('12');

  // Edits on the canvas show in the code: delete a node with the keyboard, add one from the palette.
  await studio.select('billing');
  await page.keyboard.press('Delete');
  await expect(studio.node('billing')).toHaveCount(0);
  await expect(editorLine(page, /billing/)).toHaveCount(0);
  await studio.dragToCanvas('rabbitmq-queue', 200, 260);
  await expect(editorLine(page, 'kind: rabbitmq-queue')).toHaveCount(1);
});

test('a typo shows an error at its line and leaves the design alone; undo takes the typing back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await openCode(page);
  await cursorAtEndOf(page, 'partitions: 12');
  await page.keyboard.type('x');
  const status = page.getByTestId('code.status');
  await expect(status).toHaveText('1 problem: the design is unchanged');
  const line = await lineNumberOf(page, 'partitions: 12x');
  await expect(page.getByTestId('code.problem')).toContainText(`Line ${line}`);
  await expect(page.getByTestId('code.problem')).toContainText('partitions');
  // Underlined at that line, and the design is as it was.
  await expect(editorLine(page, 'partitions: 12x').locator('.cm-lintRange-error')).toHaveText('12x');
  await studio.select('orders');
  await expect(studio.field('partitions')).toHaveValue('12');
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'orders')?.partitions).toBe(12);

  // A misspelt key is not dropped silently: it blocks too, and names the key it most likely meant.
  await cursorAtEndOf(page, 'partitions: 12x');
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('YAML, in sync with the canvas');
  await expect(editorLine(page, 'partitions: 12')).toHaveCount(1);
  await cursorAtEndOf(page, 'name: orders');
  await page.keyboard.press('Enter');
  await page.keyboard.type('replicationFacter: 3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('code.problem')).toContainText('replicationFactor');
  await expect(page.getByTestId('code.problem')).toContainText(`Line ${await lineNumberOf(page, 'replicationFacter')}`);
});

test('a finding or a selected node reveals its lines, and completion offers the schema', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await openCode(page);
  // Findings show in the code at their node's lines.
  await expect(page.locator('[data-testid="code-panel"] .cm-lintRange-warning, [data-testid="code-panel"] .cm-lintRange-error, [data-testid="code-panel"] .cm-lintRange-info').first()).toBeVisible();

  const row = page.locator('[data-testid^="findings.row."]').first();
  await row.click();
  const selected = await page.locator('[data-testid^="inspector.node."]').getAttribute('data-testid');
  const id = selected!.replace('inspector.node.', '');
  await expect(page.locator('[data-testid="code-panel"] .cm-revealed').first()).toBeInViewport();
  await expect(page.locator('[data-testid="code-panel"] .cm-revealed', { hasText: new RegExp(`^\\s*(- )?id: ${id}$`) })).toHaveCount(1);

  // Selecting another node on the canvas moves the highlight to its lines (fit first: the finding centred its own target).
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Shift+Digit1');
  await studio.select('checkout-api');
  await expect(page.locator('[data-testid="code-panel"] .cm-revealed', { hasText: /^\s*(- )?id: checkout-api$/ })).toHaveCount(1);
  await expect(page.locator('[data-testid="code-panel"] .cm-revealed', { hasText: 'partitions' })).toHaveCount(0);

  // Hover docs from the design's JSON Schema.
  await editorLine(page, 'partitions: 12').getByText('partitions').hover();
  await expect(page.locator('.cm-schema-hover')).toContainText('partitions: integer');

  // Completion from the schema: keys a topic may have and does not have yet; a click takes one.
  await cursorAtEndOf(page, 'partitions: 12');
  await page.keyboard.press('Enter');
  await page.keyboard.type('messageSch');
  const list = page.locator('.cm-tooltip-autocomplete');
  await list.getByText('messageSchema').click();
  await expect(editorLine(page, /^\s*messageSchema: ?$/)).toHaveCount(1);
  // On an empty line of the topic, every key it does not have yet.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  await expect(list).not.toContainText('partitions');
  await expect(list).not.toContainText('replicationFactor');
  await expect(list).toContainText('plannedPartitions');
  await expect(list).toContainText('depthAlert');
  await page.keyboard.press('Escape');
});

test('the editor is not in the first load; it comes when the panel opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await expect(page.getByTestId('palette.search')).toBeVisible();
  // The rule engine loads once the page is idle: wait for the review, then a moment more.
  await expect(page.locator('[data-testid^="findings.row."]').first()).toBeVisible();
  await page.waitForTimeout(1000);
  const holdsEditor = async (urls: string[]) => {
    const found: string[] = [];
    for (const url of new Set(urls)) if ((await (await page.request.get(url)).text()).includes(CODEMIRROR_MARK)) found.push(url);
    return found;
  };
  const before = [...scripts];
  expect(before.length).toBeGreaterThan(0);
  expect(await holdsEditor(before)).toEqual([]);

  await openCode(page);
  const opened = scripts.slice(before.length);
  expect((await holdsEditor(opened)).length).toBeGreaterThan(0);
});

test('the Code panel passes axe, and fits at 1024, 1440 and 1920 px', async ({ page }) => {
  // Three studio loads and two axe scans: on a busy machine that outlasts one test's default time.
  test.slow();
  const studio = new StudioPage(page);
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await studio.open(pipeline);
    await openCode(page);
    // Opening the panel fits the design to the narrower canvas: no node is left under it.
    for (const id of ['checkout-api', 'orders', 'billing']) await expect(studio.node(id)).toBeInViewport();
    await studio.select('orders');
    // Nothing leaves the window sideways, and the canvas keeps a usable width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect((await page.locator('.react-flow').boundingBox())!.width).toBeGreaterThan(300);
    await expect(page.getByTestId('toolbar.share')).toBeInViewport();
    await page.screenshot({ path: join(OUT, `code-panel-${width}.png`) });
  }
  const results = await new AxeBuilder({ page }).include('[data-testid="code-panel"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.screenshot({ path: join(OUT, 'code-panel-1920-dark.png') });
  const dark = await new AxeBuilder({ page }).include('[data-testid="code-panel"]').analyze();
  expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
