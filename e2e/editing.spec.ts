import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/**
 * Editing like the best diagram tools, with real keys, mouse and clipboard:
 * delete, nudge, rename in place, pan and zoom, the shortcut sheet, copy and
 * paste through the system clipboard (across tabs, and from a text editor),
 * new nodes in free space, and Ctrl+S without a download each time.
 */

type Box = { x: number; y: number; width: number; height: number };
const overlapping = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlaps(boxes: Record<string, Box>): string[] {
  const ids = Object.keys(boxes);
  return ids.flatMap((a, i) =>
    ids
      .slice(i + 1)
      .filter((b) => overlapping(boxes[a], boxes[b]))
      .map((b) => `${a}/${b}`),
  );
}

async function viewport(page: Page) {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

test('Delete removes the selection wherever the canvas has focus: after Ctrl+A, after a paste, with Backspace; each is one undo step', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.canvas.click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // A pasted node is selected: Delete removes it, and only it.
  await studio.node('orders').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.getByTestId('inspector.node.orders-copy')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(studio.node('orders')).toBeVisible();

  await studio.node('billing').click();
  await page.keyboard.press('Backspace');
  await expect(studio.node('billing')).toHaveCount(0);
});

test('arrow keys nudge the selected nodes one grid step, Shift for a bigger step; each press is undoable', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  const orders = async () => ((await studio.savedDesign()).layout as Record<string, unknown>).orders;
  await studio.node('orders').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(orders).toEqual({ x: 376, y: 0 });
  await page.keyboard.press('Control+z');
  await expect.poll(orders).toEqual({ x: 360, y: 0 });
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(orders).toEqual({ x: 360, y: 80 });
  // The other nodes stay where they were.
  expect(((await studio.savedDesign()).layout as Record<string, unknown>).billing).toEqual({ x: 720, y: 0 });
});

test('dragging a node selects it on the canvas at once and in the inspector at the drop; a click still shows it at once', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector.design')).toBeVisible();
  const box = (await studio.node('orders').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + 30 + i * 20, box.y + 10 + i * 10);
  // Mid-drag the node is selected on the canvas; the inspector keeps what it showed, its form would hold back the moves.
  await expect(page.locator('.react-flow__node[data-id="orders"]')).toHaveClass(/selected/);
  await expect(inspector.getByTestId('inspector.design')).toBeVisible();
  await expect(inspector.getByTestId('inspector.node.orders')).toHaveCount(0);
  await page.mouse.up();
  await expect(inspector.getByTestId('inspector.node.orders')).toBeVisible();
  await expect.poll(async () => (await studio.savedDesign()).layout).not.toEqual(expect.objectContaining({ orders: { x: 360, y: 0 } }));
  await studio.select('billing');
});

test('double-click renames a node in place; Enter keeps the name as one undo step, Escape keeps the old one', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.node('orders').dblclick();
  const field = page.getByTestId('canvas.node.orders.rename');
  await expect(field).toBeFocused();
  await field.fill('orders.placed.v1');
  await page.keyboard.press('Enter');
  // The id follows the name (names are identities, e2e/names.spec.ts).
  await expect(page.getByTestId('canvas.node.orders.placed.v1.name')).toHaveText('orders.placed.v1');
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'orders.placed.v1')?.name).toBe('orders.placed.v1');

  await studio.node('billing').click();
  await page.keyboard.press('F2');
  await page.getByTestId('canvas.node.billing.rename').fill('something else');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('canvas.node.billing.name')).toHaveText('billing');

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('canvas.node.orders.name')).toHaveText('orders');
});

test('the wheel pans, Ctrl+wheel zooms; + and − zoom, Shift+1 fits the whole design', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.waitForFit();
  const pane = (await studio.canvas.boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  const before = await viewport(page);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await viewport(page)).y).toBeLessThan(before.y - 50);
  expect((await viewport(page)).zoom).toBeCloseTo(before.zoom, 5);

  const panned = await viewport(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(panned.zoom * 1.1);

  await studio.canvas.click({ position: { x: 20, y: 20 } });
  const zoomed = (await viewport(page)).zoom;
  await page.keyboard.press('-');
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(zoomed);
  await page.keyboard.press('+');
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(zoomed, 2);

  await page.mouse.wheel(0, 2000);
  await page.keyboard.press('Shift+Digit1');
  await studio.waitForFit();
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
});

test('? shows every shortcut in a sheet that passes axe; Escape closes it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcuts');
  await expect(sheet).toBeVisible();
  for (const does of ['Undo', 'Delete the selection', 'Nudge', 'Rename', 'Zoom in', 'Fit the whole design', 'Paste', 'Save as']) {
    await expect(sheet).toContainText(does);
  }
  const results = await new AxeBuilder({ page }).include('[data-testid="shortcuts"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByTestId('toolbar.shortcuts').click();
  await expect(sheet).toBeVisible();
});

test('copy goes to the system clipboard as a design; it pastes in another tab with unique names, in free space, selected', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.node('orders').click();
  await studio.node('billing').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toMatchObject({ queuewright: 2, nodes: [{ id: 'orders', name: 'orders' }, { id: 'billing' }], connections: [{ from: 'orders', to: 'billing' }] });

  // The second tab opens the same (autosaved) design: pasting there makes copies, not duplicates.
  const other = await context.newPage();
  const second = new StudioPage(other);
  await other.goto('/');
  await expect(other.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
  await expect(second.node('orders')).toBeVisible();
  await second.canvas.click({ position: { x: 20, y: 20 } });
  await other.keyboard.press('Control+v');
  await expect(other.locator('.react-flow__node')).toHaveCount(5);
  await expect(second.node('orders-copy')).toContainText('orders-copy');
  await expect(second.edge('orders-copy', 'billing-copy')).toHaveCount(1);
  await expect(other.locator('.react-flow__node.selected')).toHaveCount(2);
  expect(overlaps(await second.nodeBoxes())).toEqual([]);
  const names = (await second.savedDesign()).nodes.map((n) => n.name);
  expect(new Set(names).size).toBe(names.length);
  await other.close();
});

test('a design written in YAML in a text editor pastes onto the canvas', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  const yaml = [
    'queuewright: 2',
    'nodes:',
    '  - kind: producer',
    '    id: audit-writer',
    '  - kind: kafka-topic',
    '    id: audit.events',
    'connections:',
    '  - id: w',
    '    kind: publish',
    '    from: audit-writer',
    '    to: audit.events',
    '',
  ].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), yaml);
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+v');
  await expect(studio.node('audit.events')).toBeVisible();
  await expect(studio.edge('audit-writer', 'audit.events')).toHaveCount(1);
  expect(overlaps(await studio.nodeBoxes())).toEqual([]);

  // Text that is not a design is refused with the reason, and changes nothing.
  await page.evaluate(() => navigator.clipboard.writeText('just some words'));
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('toast.error')).toContainText('no Queuewright design');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});

test('a large paste brings the whole design into view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.waitForFit();
  const nodes = Array.from({ length: 30 }, (_, i) => `  - kind: kafka-topic\n    id: topic-${i}`).join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), `queuewright: 2\nnodes:\n${nodes}\n`);
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(33);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-fit-request', '1');
  await studio.waitForFit();
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
});

test('click-to-add and a fix that adds a node put it in free space', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  for (let i = 0; i < 3; i++) await studio.paletteItem('kafka-topic').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  expect(overlaps(await studio.nodeBoxes())).toEqual([]);

  await studio.open(pipeline);
  const row = page.getByTestId('findings.row.kafka/dlq-for-poison-records');
  await row.getByTestId('findings.fix.kafka/dlq-for-poison-records').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  const boxes = await studio.nodeBoxes();
  expect(overlaps(boxes)).toEqual([]);
  const added = Object.keys(boxes).find((id) => !['checkout-api', 'orders', 'billing'].includes(id))!;
  // A dead-letter topic hangs below the group that sends to it.
  expect(boxes[added].y).toBeGreaterThan(boxes.billing.y + boxes.billing.height);
  expect((await studio.savedDesign()).layout).toHaveProperty([added]);
});

test('Ctrl+S writes the chosen file again without a new download; without file access it downloads nothing, and Save as downloads once', async ({ page }) => {
  // A stand-in for the browser's save picker: it records what would be written.
  await page.addInitScript(() => {
    const log = { picks: 0, writes: [] as string[] };
    (window as unknown as { __saves: typeof log }).__saves = log;
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
      log.picks += 1;
      return { name: 'checkout.queuewright.json', createWritable: async () => ({ write: async (text: string) => void log.writes.push(text), close: async () => undefined }) };
    };
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast.success').last()).toContainText('Saved to checkout.queuewright.json');
  await studio.node('orders').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+s');
  const saves = () => page.evaluate(() => (window as unknown as { __saves: { picks: number; writes: string[] } }).__saves);
  await expect.poll(async () => (await saves()).writes.length).toBe(2);
  expect((await saves()).picks).toBe(1);
  expect(JSON.parse((await saves()).writes[1]).layout.orders).toEqual({ x: 360, y: 16 });
  expect(downloads).toEqual([]);
});

test('without file access, Ctrl+S downloads nothing and says where the work is; Ctrl+Shift+S downloads one copy', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.canvas.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+s');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast.info').first()).toContainText('saved in this browser');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  expect((await download).suggestedFilename()).toBe('checkout.queuewright.json');
  expect(downloads).toEqual(['checkout.queuewright.json']);
});
