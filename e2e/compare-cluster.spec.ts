import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addNode, patchNode, type Design } from '../lib/design';
import { applyRabbitmqCluster } from '../lib/live/rabbitmq-audit';
import { rabbitmqConnectionSchema } from '../lib/live/rabbitmq-connection';
import { templateDesign } from '../lib/templates';
import { rabbitmqWorkQueue } from '../lib/templates/rabbitmq-work-queue';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../lib/testing/rabbitmq-broker';
import { AUTOSAVE_KEY, StudioPage } from './studio-page';

/**
 * "Compare with cluster…" end to end: a real RabbitMQ (started here) runs
 * the work-queue template as someone changed it by hand (two retry delays
 * longer, an audit queue nobody drew). A person opens the template, compares,
 * sees the differences on the canvas and in the panel, adopts one live
 * value, keeps the design's other, adds the undrawn queue, ticks the one
 * deletion the plan needs, applies (the suite's server allows apply to
 * 127.0.0.1, playwright.config.ts), and the comparison then finds no drift.
 */

requireRabbitmq('Compare-with-cluster end-to-end test');
const OUT = join(__dirname, '..', 'test-results', 'screens');
let broker: RabbitBroker;

function drifted(): Design {
  const template = templateDesign(rabbitmqWorkQueue);
  const ttl = (d: Design, id: string, value: number) => patchNode(d, id, { arguments: { 'x-message-ttl': value } });
  return addNode(ttl(ttl(template, 'jobs.retry.10s', 15_000), 'jobs.retry.60s', 90_000), 'rabbitmq-queue', { name: 'jobs.audit', props: { cluster: 'rabbitmq', type: 'quorum' } }).design;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  broker = await startRabbitBroker({ management: true });
  const connection = rabbitmqConnectionSchema.parse({ url: `http://127.0.0.1:${broker.managementPort}/`, username: 'guest', password: 'guest', timeoutMs: 30_000 });
  const setUp = await applyRabbitmqCluster(connection, drifted());
  expect(setUp.result.failed).toBeUndefined();
});

test.afterAll(async () => {
  await broker?.stop();
});

const row = (page: Page, id: string) => page.getByTestId(`compare.difference.${id}`);

/** The autosaved design's node, as the browser keeps it. */
async function savedNode(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  const saved = text ? (JSON.parse(text) as { design?: Design } & Design) : undefined;
  return (saved?.design ?? saved)?.nodes?.find((n) => n.id === id) as Record<string, unknown> | undefined;
}

test('compare a template with a drifted RabbitMQ: adopt, keep, add, apply, and no drift is left', async ({ page }) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('empty.start').getByTestId('template.rabbitmq-work-queue').click();
  await expect(studio.node('jobs.retry.10s')).toBeVisible();

  await studio.fileAction('compare-cluster');
  await page.getByTestId('compare-dialog.url').fill(`http://127.0.0.1:${broker.managementPort}/`);
  await page.getByTestId('compare-dialog.username').fill('guest');
  await page.getByTestId('compare-dialog.password').fill('guest');
  await page.getByTestId('compare-dialog.submit').click();
  const panel = page.getByTestId('compare');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('compare-dialog')).toBeHidden();

  // Each difference with the design's value, the cluster's and where it comes from; the nodes are marked.
  const ten = row(page, 'queue.jobs.retry.10s.arguments.x-message-ttl');
  await expect(ten).toContainText('10000');
  await expect(ten).toContainText('15000');
  await expect(ten).toContainText('declared on the queue');
  await expect(row(page, 'queue.jobs.retry.60s.arguments.x-message-ttl')).toContainText('90000');
  await expect(row(page, 'queue.jobs.audit')).toHaveAttribute('data-kind', 'only-in-cluster');
  await expect(page.getByTestId('canvas.node.jobs.retry.10s.drift')).toHaveAttribute('data-kind', 'differs');
  await expect(page.getByTestId('canvas.node.jobs.retry.60s.drift')).toBeVisible();
  await expect(page.getByTestId('compare.blocked.queue:jobs.retry.60s')).toContainText('x-message-ttl 90000 → 60000');
  await expect(page.getByTestId('compare.blocked.queue:jobs.retry.60s')).toContainText('tick "Allow deleting" below');

  const axe = await new AxeBuilder({ page }).include('[data-testid="compare"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(OUT, `compare-panel-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // Adopt the live delay (one undo step), keep the design's other, add the queue nobody drew.
  await ten.getByRole('button', { name: 'Adopt live value' }).click();
  await expect(ten).toBeHidden();
  await expect(page.getByTestId('canvas.node.jobs.retry.10s.drift')).toBeHidden();
  await expect.poll(async () => ((await savedNode(page, 'jobs.retry.10s'))?.arguments as Record<string, unknown> | undefined)?.['x-message-ttl']).toBe(15_000);
  await row(page, 'queue.jobs.retry.60s.arguments.x-message-ttl').getByRole('button', { name: 'Keep design' }).click();
  await expect(page.getByTestId('compare.summary')).toContainText('1 kept as designed');
  await row(page, 'queue.jobs.audit').getByRole('button', { name: 'Add to design' }).click();
  await expect(studio.node('jobs.audit')).toBeVisible();
  await expect(page.getByTestId('compare.apply')).toBeHidden();
  await expect(page.getByTestId('compare.stale')).toBeVisible();

  // The design changed: plan again; keeping the design's 60 s means a delete and declare, which needs its own box.
  await page.getByTestId('compare.replan').click();
  await expect(page.getByTestId('compare.stale')).toBeHidden();
  await page.getByTestId('compare.allow-delete.queue:jobs.retry.60s').check();
  await expect(page.getByTestId('compare.operation.0')).toHaveAttribute('data-safety', 'destructive');
  await expect(page.getByTestId('compare.operations').locator('li')).toHaveCount(3);

  await page.getByTestId('compare.apply').click();
  await expect(page.getByTestId('compare.applied')).toContainText('3 done');
  await expect(page.getByTestId('compare.match')).toContainText('The cluster matches the design.');
  await expect(page.locator('[data-testid$=".drift"]')).toHaveCount(0);
  // The credentials are nowhere in what the browser keeps.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + location.href)).not.toContain('guest');
});
