import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AUTOSAVE_KEY, StudioPage } from './studio-page';

const OUT = join(__dirname, '..', 'test-results', 'screens');
const DLQ_RULE = 'kafka/dlq-for-poison-records';
const LAG_RULE = 'core/consumer-lag-monitored';

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const rows = (page: Page, rule: string) => page.getByTestId(`findings.row.${rule}`);
const deadLetterTopics = (saved: { nodes: Array<Record<string, unknown>> }) => saved.nodes.filter((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter').map((n) => n.name);

test('a first visit is offered the broken pipeline; its fixes (one asking for a threshold, one for all alike) raise the score, each one undo step; a later visit has no offer', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(undefined, { firstVisit: true });
  const offer = page.getByTestId('first-visit.offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('Broken order pipeline — fix it');
  // An empty design is not scored.
  await expect(page.getByTestId('score.overall')).toHaveText('—');
  expect(await seriousViolations(page, '[data-testid="first-visit.offer"]')).toEqual([]);

  await page.getByTestId('first-visit.open').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(offer).toHaveCount(0);
  const broken = await studio.score();
  expect(broken).toBe(41);
  await expect(rows(page, DLQ_RULE)).toHaveCount(4);

  // Fix all like this: four groups, one dead-letter topic, one undo step.
  await rows(page, DLQ_RULE).first().getByTestId(`findings.fix-all.${DLQ_RULE}`).click();
  await expect(rows(page, DLQ_RULE)).toHaveCount(0);
  const afterDlq = await studio.score();
  expect(afterDlq).toBeGreaterThan(broken);
  const fixedAll = await studio.savedDesign();
  expect(deadLetterTopics(fixedAll)).toEqual(['orders.dlq']);
  expect(fixedAll.connections.filter((c) => c.kind === 'dead-letter')).toHaveLength(4);

  // A fix that needs a decision asks for it: the lag threshold, suggested from the design.
  await rows(page, LAG_RULE).getByTestId(`findings.fix.${LAG_RULE}`).click();
  const form = page.getByTestId('findings.fix-form');
  await expect(form).toBeVisible();
  const seconds = form.getByTestId('findings.fix-input.seconds');
  await expect(seconds).toHaveValue('300');
  await expect(seconds).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="findings.fix-form"]')).toEqual([]);
  await page.screenshot({ path: join(OUT, 'fix-form-1440x900.png') });
  await seconds.fill('soon');
  await form.getByTestId('findings.fix-apply').click();
  await expect(form.getByTestId('findings.fix-error.seconds')).toHaveText(/enter a number/);
  await expect(seconds).toHaveAttribute('aria-invalid', 'true');
  await expect(rows(page, LAG_RULE)).toHaveCount(1);
  await seconds.fill('120');
  await seconds.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(rows(page, LAG_RULE)).toHaveCount(0);
  expect(await studio.score()).toBeGreaterThan(afterDlq);
  const withLag = await studio.savedDesign();
  expect(withLag.nodes.find((n) => n.id === 'notification-service')).toMatchObject({ lagAlert: true, lagAlertSeconds: 120 });

  // Ctrl+Z undoes that one fix, and only it: the design is as it was after Fix all.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(rows(page, LAG_RULE)).toHaveCount(1);
  await expect(rows(page, DLQ_RULE)).toHaveCount(0);
  expect(await studio.score()).toBe(afterDlq);
  const undone = await studio.savedDesign();
  expect(undone.nodes).toEqual(fixedAll.nodes);
  expect(undone.connections).toEqual(fixedAll.connections);
  // One more undoes the whole Fix all, in one step.
  await page.keyboard.press('Control+z');
  await expect(rows(page, DLQ_RULE)).toHaveCount(4);
  expect(await studio.score()).toBe(broken);
  await page.screenshot({ path: join(OUT, 'broken-pipeline-1440x900.png') });

  // A later visit (same browser profile), even to an empty canvas, is not offered it again.
  const later = await page.context().newPage();
  await page.close();
  // Nothing saved, as if the work had been cleared: only the memory of the offer remains.
  await later.addInitScript((key) => localStorage.removeItem(key), AUTOSAVE_KEY);
  await later.goto('/');
  await expect(later.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
  await expect(later.getByTestId('empty.start')).toBeVisible();
  await expect(later.getByTestId('first-visit.offer')).toHaveCount(0);
});

test('the offer can be dismissed, and the canvas stays usable around it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(undefined, { firstVisit: true });
  await expect(page.getByTestId('first-visit.offer')).toBeVisible();
  await page.getByTestId('first-visit.dismiss').click();
  await expect(page.getByTestId('first-visit.offer')).toHaveCount(0);
  await expect(page.getByTestId('empty.start')).toBeVisible();
});

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} the offer and the fix form fit`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const studio = new StudioPage(page);
    await studio.open(undefined, { firstVisit: true });
    const offer = page.getByTestId('first-visit.offer');
    await expect(offer).toBeVisible();
    const box = (await offer.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: join(OUT, `first-visit-offer-${viewport.width}x${viewport.height}.png`) });
    await page.getByTestId('first-visit.open').click();
    await expect(page.locator('.react-flow__node')).toHaveCount(9);
    await rows(page, 'core/idempotent-consumer-for-at-least-once').getByTestId('findings.fix.core/idempotent-consumer-for-at-least-once').click();
    const form = page.getByTestId('findings.fix-form');
    await expect(form.getByTestId('findings.fix-input.key')).toHaveValue('eventId');
    await expect(form.getByTestId('findings.fix-apply')).toBeInViewport();
    await page.screenshot({ path: join(OUT, `fix-form-${viewport.width}x${viewport.height}.png`) });
  });
}

test('a dead-letter fix beside an existing dead-letter topic asks: share it, or give the group its own', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(undefined, { firstVisit: true });
  await page.getByTestId('first-visit.open').click();
  await expect(rows(page, DLQ_RULE)).toHaveCount(4);
  // The first fix has nothing to share yet: it adds the pipeline's topic at once.
  await rows(page, DLQ_RULE).first().getByTestId(`findings.fix.${DLQ_RULE}`).click();
  await expect(rows(page, DLQ_RULE)).toHaveCount(3);
  expect(deadLetterTopics(await studio.savedDesign())).toEqual(['orders.dlq']);

  await rows(page, DLQ_RULE).first().getByTestId(`findings.fix.${DLQ_RULE}`).click();
  const form = page.getByTestId('findings.fix-form');
  const target = form.getByTestId('findings.fix-input.target');
  await expect(target).toHaveValue('shared');
  await expect(target).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="findings.fix-form"]')).toEqual([]);
  await target.selectOption('own');
  await form.getByTestId('findings.fix-apply').click();
  await expect(form).toHaveCount(0);
  await expect(rows(page, DLQ_RULE)).toHaveCount(2);
  const topics = deadLetterTopics(await studio.savedDesign());
  expect(topics).toHaveLength(2);
  expect(topics).toContain('orders.dlq');
  expect(topics.find((t) => t !== 'orders.dlq')).toMatch(/^orders\..+\.dlq$/);
});
