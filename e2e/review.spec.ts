import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './studio-page';

const score = (page: Page) => new StudioPage(page).score();

function row(page: Page, ruleId: string) {
  return page.getByTestId(`findings.row.${ruleId}`);
}

test('a flawed Kafka pipeline built in the browser gets the expected findings; Fix removes each and the score rises; undo brings it back', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('producer', 140, 120);
  await studio.dragToCanvas('kafka-topic', 470, 120);
  await studio.dragToCanvas('consumer-group', 800, 120);
  await (await studio.connect('producer', 'kafka-topic')).release();
  await (await studio.connect('kafka-topic', 'consumer-group')).release();

  await studio.select('producer');
  await studio.field('kafka.acks').selectOption('1');
  await studio.select('kafka-topic');
  await studio.field('replicationFactor').fill('1');
  await studio.field('partitions').fill('2');
  await studio.field('config.min.insync.replicas').fill('1');
  await studio.select('consumer-group');
  await studio.field('instances').fill('4');

  const expected = ['kafka/acks-all-for-at-least-once', 'kafka/replication-factor-gt-1', 'kafka/partitions-for-target-throughput', 'kafka/dlq-for-poison-records'];
  for (const id of expected) await expect(row(page, id)).toBeVisible();
  await expect(studio.node('producer').getByTestId('canvas.node.producer.badge')).toBeVisible();

  for (const id of expected) {
    const before = await score(page);
    await row(page, id).first().getByTestId(`findings.fix.${id}`).click();
    await expect(row(page, id)).toHaveCount(0);
    await expect.poll(() => score(page)).toBeGreaterThan(before);
  }
  const fixed = await score(page);

  await page.getByTestId('toolbar.undo').click();
  await expect(row(page, 'kafka/dlq-for-poison-records')).toBeVisible();
  await expect.poll(() => score(page)).toBeLessThan(fixed);
});

test('a flawed RabbitMQ topology: a DLX with no bound queue and an unroutable routing key are found and fixed', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('producer', 120, 100);
  await studio.dragToCanvas('rabbitmq-exchange', 420, 100);
  await studio.dragToCanvas('rabbitmq-queue', 720, 100);
  await studio.dragToCanvas('rabbitmq-exchange', 720, 330);
  await (await studio.connect('producer', 'rabbitmq-exchange')).release();
  await (await studio.connect('rabbitmq-exchange', 'rabbitmq-queue')).release();
  await (await studio.connect('rabbitmq-queue', 'rabbitmq-exchange-2')).release();
  await expect(studio.edge('rabbitmq-queue', 'rabbitmq-exchange-2')).toHaveCount(1);

  // The producer publishes "orders.created"; the queue is bound for "payments.*".
  await page.getByTestId('findings.filter.severity').selectOption('all');
  await studio.selectEdge('producer', 'rabbitmq-exchange');
  await expect(page.getByTestId('inspector.connection.producer--rabbitmq-exchange')).toBeVisible();
  await page.getByTestId('inspector.field.routingKey').fill('orders.created');
  await studio.selectEdge('rabbitmq-exchange', 'rabbitmq-queue');
  await expect(page.getByTestId('inspector.connection.rabbitmq-exchange--rabbitmq-queue')).toBeVisible();
  await page.getByTestId('inspector.field.routingKey').fill('payments.*');

  for (const id of ['rabbitmq/unroutable-path', 'rabbitmq/dlx-routable']) await expect(row(page, id)).toBeVisible();
  await expect(row(page, 'rabbitmq/unroutable-path')).toContainText('routing key "orders.created"');

  for (const id of ['rabbitmq/unroutable-path', 'rabbitmq/dlx-routable']) {
    const before = await score(page);
    await row(page, id).getByTestId(`findings.fix.${id}`).click();
    await expect(row(page, id)).toHaveCount(0);
    await expect.poll(() => score(page)).toBeGreaterThan(before);
  }
  await page.keyboard.press('Control+z');
  await expect(row(page, 'rabbitmq/dlx-routable')).toBeVisible();
});

test('clicking a finding selects and centres its node; filters narrow the list; Learn more opens the rule page', async ({ page, context }) => {
  const studio = new StudioPage(page);
  await studio.open({
    queuewright: 1,
    nodes: [
      { kind: 'producer', id: 'api', name: 'api', kafka: { acks: '0' } },
      { kind: 'kafka-topic', id: 'orders', name: 'orders' },
    ],
    connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'orders' }],
    layout: { api: { x: 2000, y: 1500 }, orders: { x: 2400, y: 1500 } },
  });
  const acks = row(page, 'kafka/acks-all-for-at-least-once');
  await acks.locator('button').first().click();
  await expect(page.getByTestId('inspector.node.api')).toBeVisible();
  await expect(studio.node('api')).toBeInViewport();

  await page.getByTestId('findings.filter.severity').selectOption('info');
  await expect(acks).toHaveCount(0);
  await page.getByTestId('findings.filter.severity').selectOption('all');
  await page.getByTestId('findings.filter.node').selectOption('orders');
  await expect(acks).toHaveCount(0);
  await page.getByTestId('findings.filter.node').selectOption({ label: 'All nodes' });

  const [rulePage] = await Promise.all([context.waitForEvent('page'), page.getByTestId('findings.learn.kafka/acks-all-for-at-least-once').click()]);
  await expect(rulePage.getByRole('heading', { level: 1 })).toHaveText('kafka/acks-all-for-at-least-once');
  await expect(rulePage.getByTestId('rule-page.failing')).toContainText('acks');
});

test('a risk accepted with a reason stays listed as accepted, deducts nothing, is saved in the design, and can be revoked', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({
    queuewright: 1,
    nodes: [
      { kind: 'producer', id: 'api', name: 'api', kafka: { acks: '1' } },
      { kind: 'kafka-topic', id: 'orders', name: 'orders' },
    ],
    connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'orders' }],
  });
  const acks = row(page, 'kafka/acks-all-for-at-least-once');
  const before = await score(page);
  await acks.getByTestId('findings.accept.kafka/acks-all-for-at-least-once').click();
  await page.getByTestId('findings.accept-reason').fill('metrics only; loss is fine');
  await page.getByTestId('findings.accept-confirm').click();
  await expect(acks.getByTestId('findings.accepted')).toContainText('metrics only');
  await expect.poll(() => score(page)).toBeGreaterThan(before);
  const saved = await studio.savedDesign();
  expect(saved.nodes[0].acceptedRisks).toEqual([{ rule: 'kafka/acks-all-for-at-least-once', reason: 'metrics only; loss is fine' }]);
  await acks.getByTestId('findings.revoke.kafka/acks-all-for-at-least-once').click();
  await expect(acks.getByTestId('findings.accepted')).toHaveCount(0);
  await expect.poll(() => score(page)).toBe(before);
});

test('the strict preset turns warnings into errors', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({ queuewright: 1, nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', replicationFactor: 2, config: { 'min.insync.replicas': 1 } }] });
  const rf = row(page, 'kafka/replication-factor-ge-3');
  await expect(rf.getByLabel('Warning')).toBeVisible();
  await page.getByTestId('inspector.review.preset').selectOption('strict');
  await expect(rf.getByLabel('Error')).toBeVisible();
});

test('the rule catalog lists every rule and explains the score', async ({ page }) => {
  await page.goto('/rules');
  await expect(page.getByRole('heading', { name: /The review: \d+ rules/ })).toBeVisible();
  await expect(page.getByText('How the score works')).toBeVisible();
  await expect(page.getByTestId('rules.row.rabbitmq/dlx-graph')).toBeVisible();
  await page.getByRole('link', { name: 'rabbitmq/dlx-graph' }).click();
  await expect(page.getByTestId('rule-page')).toContainText('Why it matters');
});

test("a rule's page shows its summary, why it matters, how to fix, both examples and its sources", async ({ page }) => {
  await page.goto('/rules/rabbitmq/dlx-graph');
  const rulePage = page.getByTestId('rule-page');
  await expect(rulePage.getByRole('heading', { level: 1 })).toHaveText('rabbitmq/dlx-graph');
  await expect(rulePage).toContainText('Dead letters must end up in a queue that keeps them');
  await expect(rulePage.getByRole('heading', { name: 'Why it matters' }).locator('xpath=following-sibling::p')).toContainText('A DLX whose binding matches is not enough');
  await expect(rulePage.getByRole('heading', { name: 'How to fix' }).locator('xpath=following-sibling::p')).toContainText('Bind a durable dead-letter queue');
  await expect(rulePage.getByTestId('rule-page.failing')).toContainText('payments-dlq');
  await expect(rulePage.getByTestId('rule-page.passing')).toContainText('orders-dlq');
  await expect(rulePage.getByTestId('rule-page.passing').locator('xpath=following-sibling::p')).toHaveText('No finding.');
  await expect(rulePage.getByRole('link', { name: 'RabbitMQ docs: dead letter exchanges' })).toHaveAttribute('href', 'https://www.rabbitmq.com/docs/dlx');
  await expect(rulePage.getByRole('link', { name: 'RabbitMQ docs: alternate exchanges' })).toHaveAttribute('href', 'https://www.rabbitmq.com/docs/ae');
});

test('the score header says in one line why the score is what it is', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('producer', 140, 120);
  await studio.dragToCanvas('kafka-topic', 470, 120);
  await (await studio.connect('producer', 'kafka-topic')).release();
  await studio.select('producer');
  await studio.field('kafka.acks').selectOption('1');
  const why = page.getByTestId('score.why');
  await expect(why).toHaveText(new RegExp(`^\\d+ errors? keeps? the score below 70`));
  expect(await score(page)).toBeLessThan(70);
  await expect(page.getByTestId('score')).toHaveAttribute('title', (await why.textContent())!);
});

test('moving nodes keeps the review (no rule reads positions); an edit reviews again', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.dragToCanvas('producer', 140, 120);
  await studio.dragToCanvas('kafka-topic', 470, 120);
  await (await studio.connect('producer', 'kafka-topic')).release();
  const header = page.getByTestId('score');
  await expect(header).toHaveAttribute('data-current', 'true');
  const edits = await header.getAttribute('data-reviewed-edits');
  const before = await studio.score();

  const box = (await studio.node('kafka-topic').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 30 + i * 12, box.y + 10 + i * 8);
  await page.mouse.up();
  await expect.poll(async () => (await studio.savedDesign()).layout).not.toEqual(expect.objectContaining({ 'kafka-topic': { x: Math.round(box.x), y: Math.round(box.y) } }));
  await expect(header).toHaveAttribute('data-current', 'true');
  await expect(header).toHaveAttribute('data-reviewed-edits', edits!);
  expect(await studio.score()).toBe(before);

  await studio.select('producer');
  await studio.field('kafka.acks').selectOption('1');
  await expect(header).toHaveAttribute('data-reviewed-edits', String(Number(edits) + 1));
  await expect(header).toHaveAttribute('data-current', 'true');
});
