import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';

/** Screenshots to look at after a UI change (test-results/screens); the README's picture comes from here too. */
const OUT = join(__dirname, '..', 'test-results', 'screens');

test('screens: empty studio and a 20-node design laid out', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.screenshot({ path: join(OUT, 'empty.png') });
  const design = readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8');
  await studio.open(design);
  await expect(page.locator('.react-flow__node')).toHaveCount(20);
  await studio.layout();
  await page.screenshot({ path: join(OUT, 'design-20.png') });
});

test('screens: the import report shown before a file replaces the design', async ({ page }) => {
  const definitions = join(__dirname, '..', '..', 'shared', 'corpus', 'rabbitmq', 'CZERTAINLY__Provisioning-RabbitMQ__definitions.json');
  const studio = new StudioPage(page);
  await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
  await studio.openFile('definitions.json', readFileSync(definitions, 'utf8'));
  await expect(page.getByTestId('open-confirm.report')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'import-report.png') });
});

test('screens: the inspector shows effective settings and their sources, at three window sizes', async ({ page }) => {
  const studio = new StudioPage(page);
  const design = readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8');
  await studio.open(design);
  const producer = JSON.parse(design).nodes.find((n: { kind: string }) => n.kind === 'producer').id as string;
  await expect(page.locator('.react-flow__node')).toHaveCount(20);
  await studio.layout();
  await studio.select(producer);
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await expect(page.getByTestId('inspector.field.kafka.acks.effective')).toBeVisible();
    await page.getByTestId('inspector.field.kafka.acks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `inspector-effective-${width}x${height}.png`) });
  }
});

test('screens: readable on arrival — a template, the 20-node design after Layout, a selected connection, at three window sizes', async ({ page }) => {
  const studio = new StudioPage(page);
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await studio.open();
    await page.getByTestId('empty.start').getByTestId('template.order-processing-kafka').click();
    await studio.waitForFit();
    await page.screenshot({ path: join(OUT, `arrival-template-${width}x${height}.png`) });
    await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
    await studio.layout();
    await page.screenshot({ path: join(OUT, `arrival-layout-20-${width}x${height}.png`) });
    await studio.edge('notifications', 'email').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid^="inspector.connection."]')).toBeVisible();
    await page.screenshot({ path: join(OUT, `arrival-selected-edge-${width}x${height}.png`) });
  }
});

test('screens: the shortcut sheet and renaming in place, at three window sizes', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await studio.canvas.click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcuts')).toBeVisible();
    await page.screenshot({ path: join(OUT, `shortcuts-${width}x${height}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts')).toBeHidden();
  }
  await studio.layout();
  await page.keyboard.press('Shift+Digit1');
  await studio.node('orders.placed').dblclick();
  await expect(page.getByTestId('canvas.node.orders.placed.rename')).toBeFocused();
  await page.screenshot({ path: join(OUT, 'rename-in-place-1920x1080.png') });
});

test('screens: the top bar at three window sizes, with the File menu open where it collapses', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(OUT, `top-bar-${width}x${height}.png`), clip: { x: 0, y: 0, width, height: 200 } });
  }
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByTestId('toolbar.file-menu').click();
  await expect(page.getByTestId('toolbar.file-menu.list')).toBeVisible();
  await page.screenshot({ path: join(OUT, 'top-bar-file-menu-1024x700.png') });
});

test('screens: an empty studio has no score, at three window sizes', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await expect(page.getByTestId('score.overall')).toHaveText('—');
    await page.screenshot({ path: join(OUT, `empty-${width}x${height}.png`) });
  }
});
