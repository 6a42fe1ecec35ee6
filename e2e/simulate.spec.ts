import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/**
 * Simulate: the panel runs the design in a worker, the canvas shows live
 * numbers per node, pause and scrub work, the report follows the run, and the
 * run's scenario and seed travel in the share link so a colleague replays it.
 * No time is asserted: progress is read from the shown simulated clock.
 */

const OUT = join(__dirname, '..', 'test-results', 'screens');

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Simulated seconds the panel shows (`m:ss / m:ss`). */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('simulate.time').textContent()) ?? '';
  const [m, s] = text.split('/')[0].trim().split(':').map(Number);
  return m * 60 + s;
}

async function setUpRun(page: Page) {
  await page.getByTestId('toolbar.simulate').click();
  await expect(page.getByTestId('simulate')).toBeVisible();
  await page.getByTestId('simulate.scenario.crash').check();
  await page.getByTestId('simulate.scenario.spike').check();
  await page.getByTestId('simulate.scenario.spike.value').fill('4');
  await expect(page.getByTestId('simulate.scenario')).toHaveValue('crash:5m,spike:4');
  await page.getByTestId('simulate.duration').fill('10m');
  await page.getByTestId('simulate.seed').fill('424242');
}

test('a run plays in the worker: it progresses, pause stops it, the canvas shows live numbers, the report appears and scrubbing moves the shown time', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await setUpRun(page);
  await page.getByTestId('simulate.speed').selectOption('60');
  await page.getByTestId('simulate.run').click();
  const panel = page.getByTestId('simulate');
  await expect(panel).toHaveAttribute('data-status', 'running');

  // It progresses, and the canvas badges the channel and its consumer group.
  await expect.poll(() => shownSeconds(page), { timeout: 30_000 }).toBeGreaterThan(5);
  await expect(page.getByTestId('canvas.node.orders.sim')).toBeVisible();
  await expect(page.getByTestId('canvas.node.billing.sim')).toContainText('/s');
  await expect(page.getByTestId('canvas.node.billing.sim')).toHaveAttribute('data-level', /ok|busy|saturated/);

  // Paused, the simulated clock stands still.
  await page.getByTestId('simulate.pause').click();
  await expect(panel).toHaveAttribute('data-status', 'paused');
  const pausedAt = await shownSeconds(page);
  await page.waitForTimeout(1500);
  expect(await shownSeconds(page)).toBe(pausedAt);
  expect(await seriousViolations(page, '[data-testid="simulate"]')).toEqual([]);

  // Resumed at full speed, the run finishes and reports.
  await page.getByTestId('simulate.speed').selectOption('0');
  await page.getByTestId('simulate.pause').click();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('simulate.time')).toHaveText('10:00 / 10:00');
  const report = page.getByTestId('simulate.report');
  await expect(report).toContainText('with seed 424242');
  await expect(page.getByTestId('simulate.report.paths')).toContainText('checkout-api');
  await expect(page.getByTestId('simulate.report.paths').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('simulate.report.stations')).toContainText('orders → billing');
  await expect(page.getByTestId('simulate.report.saturated')).toContainText('First to saturate');
  await expect(page.getByTestId('simulate.report.capacity')).toContainText('λ');
  await expect(page.getByTestId('simulate.chart.depth').locator('canvas')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="simulate"]')).toEqual([]);

  // Scrubbing back shows an earlier moment, on the panel and on the canvas.
  await page.getByTestId('simulate.scrub').fill('10');
  await expect.poll(() => shownSeconds(page)).toBeLessThan(600);
  const early = await page.getByTestId('canvas.node.billing.sim').getAttribute('title');
  await page.getByTestId('simulate.scrub').fill('100');
  await expect.poll(() => page.getByTestId('canvas.node.billing.sim').getAttribute('title')).not.toBe(early);

  // Closing the panel clears the canvas badges; the run stays with the design.
  await page.getByRole('button', { name: 'Close the simulation' }).click();
  await expect(page.getByTestId('canvas.node.billing.sim')).toHaveCount(0);
  const saved = await studio.savedDesign();
  expect(saved.simulation).toEqual({ scenario: 'crash:5m,spike:4', seed: 424242, duration: '10m' });
});

test('a bad scenario, duration or seed is named and cannot run', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await page.getByTestId('toolbar.simulate').click();
  await page.getByTestId('simulate.scenario').fill('steady,meteor');
  await expect(page.getByTestId('simulate.problem')).toContainText('unknown scenario "meteor"');
  await expect(page.getByTestId('simulate.run')).toBeDisabled();
  await page.getByTestId('simulate.scenario').fill('crash@nobody');
  await expect(page.getByTestId('simulate.problem')).toHaveCount(0);
  await page.getByTestId('simulate.run').click();
  await expect(page.getByTestId('simulate.error')).toContainText('no consumer group "nobody"');
  await page.getByTestId('simulate.scenario').fill('steady');
  await page.getByTestId('simulate.duration').fill('forever');
  await expect(page.getByTestId('simulate.problem')).toContainText('Duration');
  await page.getByTestId('simulate.duration').fill('1m');
  await page.getByTestId('simulate.seed').fill('-3');
  await expect(page.getByTestId('simulate.problem')).toContainText('Seed');
  await expect(page.getByTestId('simulate.run')).toBeDisabled();
});

test('after a run the monthly cost shows each line with its price; a typed price changes it, a bad one is named, and the published prices come back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await page.getByTestId('toolbar.simulate').click();
  await page.getByTestId('simulate.duration').fill('1m');
  await page.getByTestId('simulate.speed').selectOption('0');
  await page.getByTestId('simulate.run').click();
  await expect(page.getByTestId('simulate')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const cost = page.getByTestId('simulate.report.cost');
  const selfHosted = cost.locator('[data-offering="Self-hosted (EC2 + EBS)"]');
  const total = selfHosted.getByTestId('simulate.cost.total');
  const published = await total.textContent();
  expect(published).toMatch(/^\$[\d,]+\.\d\d$/);
  // The fixture's topic is on no cluster: the estimate says why it counts no broker rather than pricing none silently.
  await expect(cost.getByTestId('simulate.cost.not-priced')).toContainText('brokers of orders: on no cluster');
  await expect(cost.getByTestId('simulate.cost.not-priced')).toContainText('Confluent Cloud');

  const diskPrice = selfHosted.getByLabel('Price: USD per GB-month (EBS gp3)');
  await expect(diskPrice).toHaveValue('0.08');
  await diskPrice.fill('0.8');
  await expect(total).not.toHaveText(published!);
  const tenfold = Number((await total.textContent())!.replace(/[$,]/g, ''));
  expect(tenfold).toBeGreaterThan(Number(published!.replace(/[$,]/g, '')) * 9);

  await diskPrice.fill('');
  await expect(cost.getByTestId('simulate.cost.problem')).toContainText('must be a number ≥ 0');
  await expect(total).toHaveText(published!);
  await expect(diskPrice).toBeVisible();

  await cost.getByRole('button', { name: 'Back to the published prices' }).click();
  await expect(diskPrice).toHaveValue('0.08');
  await expect(cost.getByTestId('simulate.cost.problem')).toHaveCount(0);
});

test('a colleague who opens the share link replays the same run: same scenario, seed and report', async ({ page, browser }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await setUpRun(page);
  await page.getByTestId('simulate.speed').selectOption('0');
  await page.getByTestId('simulate.run').click();
  await expect(page.getByTestId('simulate')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const totals = await page.getByTestId('simulate.report.totals').textContent();
  const paths = await page.getByTestId('simulate.report.paths').textContent();
  const stations = await page.getByTestId('simulate.report.stations').textContent();
  await page.getByTestId('toolbar.share').click();
  const link = await page.getByTestId('share.link').inputValue();

  const colleague = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const other = await colleague.newPage();
    await other.goto(link);
    await expect(other.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
    await expect(other.getByTestId('canvas.node.billing')).toBeVisible();
    await other.getByTestId('toolbar.simulate').click();
    await expect(other.getByTestId('simulate.scenario')).toHaveValue('crash:5m,spike:4');
    await expect(other.getByTestId('simulate.seed')).toHaveValue('424242');
    await expect(other.getByTestId('simulate.duration')).toHaveValue('10m');
    await expect(other.getByTestId('simulate.scenario.spike.value')).toHaveValue('4');
    await other.getByTestId('simulate.speed').selectOption('0');
    await other.getByTestId('simulate.run').click();
    await expect(other.getByTestId('simulate')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(other.getByTestId('simulate.report.totals')).toHaveText(totals!);
    await expect(other.getByTestId('simulate.report.paths')).toHaveText(paths!);
    await expect(other.getByTestId('simulate.report.stations')).toHaveText(stations!);
  } finally {
    await colleague.close();
  }
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the panel during and after a run at ${size.width}×${size.height}; the top bar still fits`, async ({ page }) => {
    await page.setViewportSize(size);
    const studio = new StudioPage(page);
    await studio.open(pipeline);
    await expect(page.getByTestId('toolbar.simulate')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.querySelector('header')!.scrollWidth - document.querySelector('header')!.clientWidth)).toBe(0);
    await setUpRun(page);
    await page.getByTestId('simulate.speed').selectOption('60');
    await page.getByTestId('simulate.run').click();
    await expect.poll(() => shownSeconds(page), { timeout: 30_000 }).toBeGreaterThan(3);
    await page.getByTestId('simulate.pause').click();
    await expect(page.getByTestId('simulate')).toHaveAttribute('data-status', 'paused');
    await page.screenshot({ path: join(OUT, `simulate-during-${size.width}.png`) });
    await page.getByTestId('simulate.speed').selectOption('0');
    await page.getByTestId('simulate.pause').click();
    await expect(page.getByTestId('simulate')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('simulate.chart.rate').locator('canvas')).toBeVisible();
    await page.screenshot({ path: join(OUT, `simulate-after-${size.width}.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}

test('uPlot is not among the scripts of the first load; it arrives with the charts after a run', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(request.url());
  });
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await page.getByTestId('palette.search').waitFor();
  // What the studio fetches unasked once idle (the rule engine) counts as first load too.
  await page.waitForTimeout(1000);
  // Bodies are read from the server (a preloaded script has no body in its response event); `valToPos` is uPlot's API.
  const withUplot = async () => {
    const found: string[] = [];
    for (const url of scripts) if ((await (await page.request.get(url)).text()).includes('valToPos')) found.push(url);
    return found;
  };
  expect(scripts.size).toBeGreaterThan(3);
  expect(await withUplot()).toEqual([]);

  await page.getByTestId('toolbar.simulate').click();
  await page.getByTestId('simulate.duration').fill('1m');
  await page.getByTestId('simulate.speed').selectOption('0');
  expect(await withUplot()).toEqual([]);
  await page.getByTestId('simulate.run').click();
  await expect(page.getByTestId('simulate.chart.depth').locator('canvas')).toBeVisible({ timeout: 60_000 });
  expect((await withUplot()).length).toBe(1);
});
