import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';
import { makeDesign, type TestDesignInput } from '../lib/design/build-design';
import { encodeShareFragment } from '../lib/share';

/** Screenshots to look at (test-results/screens). */
const OUT = join(__dirname, '..', 'test-results', 'screens');

/** A producer publishing to a RabbitMQ exchange bound to a queue, and a Kafka pipeline beside it. */
const mixed = {
  queuewright: 2,
  name: 'Mixed',
  nodes: [
    { kind: 'producer', id: 'checkout-api', name: 'checkout-api' },
    { kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 12, replicationFactor: 3 },
    { kind: 'consumer-group', id: 'billing', name: 'billing' },
    { kind: 'producer', id: 'mailer', name: 'mailer' },
    { kind: 'rabbitmq-exchange', id: 'mail', name: 'mail' },
    { kind: 'rabbitmq-queue', id: 'mail.send', name: 'mail.send' },
    { kind: 'producer', id: 'draft', name: 'draft' },
  ],
  connections: [
    { id: 'checkout-api--orders', kind: 'publish', from: 'checkout-api', to: 'orders' },
    { id: 'orders--billing', kind: 'consume', from: 'orders', to: 'billing' },
    { id: 'mailer--mail', kind: 'publish', from: 'mailer', to: 'mail' },
    { id: 'mail--mail.send', kind: 'bind', from: 'mail', to: 'mail.send' },
  ],
  layout: {
    'checkout-api': { x: 0, y: 0 },
    orders: { x: 360, y: 0 },
    billing: { x: 720, y: 0 },
    mailer: { x: 0, y: 260 },
    mail: { x: 360, y: 260 },
    'mail.send': { x: 720, y: 260 },
    draft: { x: 0, y: 480 },
  },
};

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
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

test('fields read as people say them, and a service shows only the brokers it talks to', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(mixed);
  await studio.select('billing');
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Processing time p50 (ms)');
  await expect(inspector).not.toContainText('Processing Ms P50');
  await expect(studio.field('kafka.group')).toBeVisible();
  for (const group of ['rabbitmq', 'nats']) await expect(studio.field(`${group}.group`)).toHaveCount(0);
  await expect(studio.field('prefetch')).toHaveCount(0);

  await studio.select('checkout-api');
  await expect(inspector).toContainText('Message size (bytes)');
  await expect(studio.field('kafka.group')).toBeVisible();
  for (const group of ['rabbitmq', 'nats', 'sqs']) await expect(studio.field(`${group}.group`)).toHaveCount(0);
  await expect(page.getByTestId('inspector.unconnected-hint')).toHaveCount(0);

  await studio.select('mailer');
  await expect(studio.field('rabbitmq.group')).toContainText('RabbitMQ');
  await expect(studio.field('kafka.group')).toHaveCount(0);

  // Not connected yet: every broker's settings, and a line that says why.
  await studio.select('draft');
  await expect(page.getByTestId('inspector.unconnected-hint')).toBeVisible();
  for (const group of ['kafka', 'rabbitmq', 'nats', 'sqs']) await expect(studio.field(`${group}.group`)).toBeVisible();
});

test('a connection offers only what means something between its nodes', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(mixed);
  await studio.selectEdge('checkout-api', 'orders');
  for (const field of ['routingKey', 'subject', 'arguments']) await expect(studio.field(field)).toHaveCount(0);
  await expect(studio.field('notes')).toBeVisible();

  await studio.selectEdge('mail', 'mail.send');
  await expect(studio.field('routingKey')).toBeVisible();
  await expect(studio.field('subject')).toHaveCount(0);
  await expect(page.getByTestId('inspector')).toContainText('Arguments / headers');
});

test('binding arguments are key/value rows with typed values, edited with the keyboard', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(mixed);
  await studio.selectEdge('mail', 'mail.send');
  const args = studio.field('arguments');
  await args.getByTestId('inspector.field.arguments.add').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Arguments / headers, row 1: key' })).toBeFocused();
  await page.keyboard.type('x-match');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('all');
  await args.getByTestId('inspector.field.arguments.add').click();
  await page.getByRole('textbox', { name: 'Arguments / headers, row 2: key' }).fill('priority');
  await page.getByRole('combobox', { name: 'Arguments / headers, row 2: type' }).selectOption('number');
  await page.getByRole('textbox', { name: 'Arguments / headers, row 2: value' }).fill('abc');
  await expect(args.getByTestId('inspector.field-error')).toContainText('row 2: enter a number');
  await page.getByRole('textbox', { name: 'Arguments / headers, row 2: value' }).fill('5');
  await expect(args.getByTestId('inspector.field-error')).toHaveCount(0);
  await expect.poll(async () => (await studio.savedDesign()).connections.find((c) => c.id === 'mail--mail.send')?.arguments).toEqual({ 'x-match': 'all', priority: 5 });

  await page.getByRole('button', { name: 'Remove Arguments / headers, row 1' }).click();
  await expect.poll(async () => (await studio.savedDesign()).connections.find((c) => c.id === 'mail--mail.send')?.arguments).toEqual({ priority: 5 });
  // The last row removed: no arguments at all, not the old ones kept.
  await page.getByRole('button', { name: 'Remove Arguments / headers, row 1' }).click();
  await expect.poll(async () => (await studio.savedDesign()).connections.find((c) => c.id === 'mail--mail.send')).not.toHaveProperty('arguments');
  await expect(args).toContainText('None.');
});

test('a risk is accepted with a rule picked from the list and a reason', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.select('orders');
  const risks = studio.field('acceptedRisks');
  await expect(risks).toContainText('None');
  await risks.getByTestId('inspector.field.acceptedRisks.add').click();
  await expect(risks).toContainText('the risk counts once both are there');
  const picker = page.getByRole('combobox', { name: 'Accepted risk 1: rule' });
  await expect(picker.locator('option[value="kafka/replication-factor-ge-3"]')).toHaveCount(1);
  await picker.selectOption('kafka/replication-factor-ge-3');
  // Half filled: nothing written yet.
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'orders')?.acceptedRisks ?? []).toEqual([]);
  await page.getByRole('textbox', { name: 'Accepted risk 1: reason' }).fill('dev cluster has one broker');
  await expect
    .poll(async () => (await studio.savedDesign()).nodes.find((n) => n.id === 'orders')?.acceptedRisks)
    .toEqual([{ rule: 'kafka/replication-factor-ge-3', reason: 'dev cluster has one broker' }]);
});

test('severity overrides pick a rule and a severity', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await page.getByTestId('inspector.review.overrides.group').locator('summary').click();
  await page.getByTestId('inspector.review.overrides.add').click();
  await page.getByRole('combobox', { name: 'Rule severity overrides, row 1: rule' }).selectOption('kafka/acks-all-for-at-least-once');
  await page.getByRole('combobox', { name: 'Rule severity overrides, row 1: value' }).selectOption('off');
  await expect.poll(async () => ((await studio.savedDesign()).review as { overrides?: unknown } | undefined)?.overrides).toEqual({ 'kafka/acks-all-for-at-least-once': 'off' });
});

test('the inspector starts at the top for each selection', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await studio.open(mixed);
  await studio.select('billing');
  const inspector = page.getByTestId('inspector');
  await inspector.evaluate((el) => (el.scrollTop = el.scrollHeight));
  expect(await inspector.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await studio.select('orders');
  expect(await inspector.evaluate((el) => el.scrollTop)).toBe(0);
});

test('the export dialog keeps Copy and Download in view, lists formats for the brokers, shows diagrams as pictures', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await studio.open(pipeline);
  await page.getByTestId('toolbar.export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export.preview')).toContainText('asyncapi');
  for (const id of ['export.copy', 'export.download']) await expect(dialog.getByTestId(id)).toBeInViewport({ ratio: 1 });
  // The preview scrolls inside itself.
  const preview = dialog.getByTestId('export.preview');
  expect(await preview.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(dialog.getByTestId('export.format.strimzi')).toBeVisible();
  for (const id of ['rabbitmq-definitions', 'nats-jetstream', 'cloudformation']) await expect(dialog.getByTestId(`export.format.${id}`)).toHaveCount(0);

  await dialog.getByTestId('export.format.diagram-svg').click();
  await expect(dialog.getByTestId('export.preview')).toHaveAttribute('data-kind', 'image');
  const image = dialog.getByTestId('export.preview-image');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);

  await dialog.getByTestId('export.format.diagram-png').click();
  await expect(dialog.getByTestId('export.preview-image')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export.download').click();
  expect((await download).suggestedFilename()).toBe('checkout.diagram.png');
  expect(await seriousViolations(page, '[data-testid="export-dialog"]')).toEqual([]);
});

test('the review link is read only: no inputs, no dragging, no connecting', async ({ page }) => {
  await page.goto(`/view#${encodeShareFragment(makeDesign(mixed as unknown as TestDesignInput))}`);
  await expect(page.getByTestId('review')).toBeVisible();
  const node = page.locator('.react-flow__node[data-id="orders"]');
  await node.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector.node.orders')).toBeVisible();
  await expect(inspector).toContainText('Partitions');
  await expect(inspector.locator('input, select, textarea, button:not(summary)')).toHaveCount(0);
  await page.locator('.react-flow__edge[data-id="mail--mail.send"]').focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByTestId('inspector.connection.mail--mail.send')).toBeVisible();
  await expect(inspector.locator('input, select, textarea')).toHaveCount(0);

  // A drag on a node pans the view (as on the empty canvas) but never moves the node away from the others.
  const other = page.locator('.react-flow__node[data-id="billing"]');
  const offset = async () => {
    const [a, b] = [(await node.boundingBox())!, (await other.boundingBox())!];
    return [Math.round(b.x - a.x), Math.round(b.y - a.y)];
  };
  const before = await offset();
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 150, { steps: 8 });
  await page.mouse.up();
  expect(await offset()).toEqual(before);

  // Dragging from where a node's output handle would be to another node connects nothing.
  const edges = await page.locator('.react-flow__edge').count();
  const from = (await page.locator('.react-flow__node[data-id="draft"]').boundingBox())!;
  const to = (await page.locator('.react-flow__node[data-id="mail"]').boundingBox())!;
  await page.mouse.move(from.x + from.width - 1, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges);
  expect(await page.locator('.react-flow__node.draggable, .react-flow__handle.connectable').count()).toBe(0);
  expect(await seriousViolations(page, '[data-testid="inspector"]')).toEqual([]);
});

test('screens: the inspector (producer, topic, binding) and the export dialog at three window sizes, with no serious axe violation', async ({ page }) => {
  // Three window sizes, four screens each, an axe scan each: longer than one story on a busy machine.
  test.setTimeout(240_000);
  const studio = new StudioPage(page);
  await studio.open(mixed);
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await studio.select('checkout-api');
    await page.screenshot({ path: join(OUT, `forms-producer-${width}x${height}.png`) });
    await studio.select('orders');
    await page.screenshot({ path: join(OUT, `forms-topic-${width}x${height}.png`) });
    await studio.selectEdge('mail', 'mail.send');
    await studio.field('arguments').getByTestId('inspector.field.arguments.add').click();
    await page.getByRole('textbox', { name: 'Arguments / headers, row 1: key' }).fill('x-match');
    await page.getByRole('textbox', { name: 'Arguments / headers, row 1: value' }).fill('any');
    await page.screenshot({ path: join(OUT, `forms-binding-${width}x${height}.png`) });
    expect(await seriousViolations(page, '[data-testid="inspector"]')).toEqual([]);
    await page.getByRole('button', { name: 'Remove Arguments / headers, row 1' }).click();
    await page.getByTestId('toolbar.export').click();
    await expect(page.getByTestId('export.preview')).toBeVisible();
    await page.screenshot({ path: join(OUT, `forms-export-${width}x${height}.png`) });
    await page.getByTestId('export.format.diagram-svg').click();
    await expect(page.getByTestId('export.preview-image')).toBeVisible();
    await page.screenshot({ path: join(OUT, `forms-export-svg-${width}x${height}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-dialog')).toBeHidden();
  }
});

test('policies, users and their ACLs are edited as rows, not JSON', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({
    ...mixed,
    clusters: [
      { id: 'events', name: 'events', broker: 'kafka' },
      { id: 'mailing', name: 'mailing', broker: 'rabbitmq' },
    ],
  });
  const clusters = async () => (await studio.savedDesign()).clusters as Array<{ broker: string; policies?: unknown[]; principals?: unknown[] }>;
  const rabbit = (await clusters()).findIndex((c) => c.broker === 'rabbitmq');
  const kafka = (await clusters()).findIndex((c) => c.broker === 'kafka');
  await page.locator('[data-testid^="inspector.cluster."] summary', { hasText: 'mailing' }).click();
  const policies = page.getByTestId(`inspector.cluster-field.${rabbit}.policies`);
  await expect(policies).toContainText('None.');
  await expect(page.locator('[data-testid^="inspector.cluster-field."] textarea')).toHaveCount(0);

  // A new policy asks for what it cannot start without; an empty name is refused and nothing is saved.
  await policies.getByTestId(`inspector.cluster-field.${rabbit}.policies.add`).click();
  const newPolicy = page.getByRole('form', { name: 'New item in Policies' });
  await expect(newPolicy.getByRole('textbox', { name: 'Policy name' })).toBeFocused();
  await newPolicy.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(policies.getByTestId('inspector.field-error')).toBeVisible();
  expect((await clusters())[rabbit].policies).toBeUndefined();
  await newPolicy.getByRole('textbox', { name: 'Policy name' }).fill('cap');
  await newPolicy.getByRole('textbox', { name: 'Pattern (regular expression)' }).fill('^mail');
  await newPolicy.getByRole('textbox', { name: 'Pattern (regular expression)' }).press('Enter');
  await expect(policies.getByTestId(`inspector.cluster-field.${rabbit}.policies.item`)).toHaveCount(1);
  // The new item opens on its own form: the definition is key/value rows.
  await policies.getByTestId(`inspector.cluster-field.${rabbit}.policies.0.definition.add`).click();
  await page.getByRole('textbox', { name: 'Definition, row 1: key' }).fill('max-length');
  await page.getByRole('combobox', { name: 'Definition, row 1: type' }).selectOption('number');
  await page.getByRole('textbox', { name: 'Definition, row 1: value' }).fill('1000');
  await expect.poll(async () => (await clusters())[rabbit].policies).toEqual([{ vhost: '/', name: 'cap', pattern: '^mail', applyTo: 'all', priority: 0, definition: { 'max-length': 1000 } }]);

  // A second policy, moved above the first, then the first removed.
  await policies.getByTestId(`inspector.cluster-field.${rabbit}.policies.add`).click();
  await newPolicy.getByRole('textbox', { name: 'Policy name' }).fill('ttl');
  await newPolicy.getByRole('textbox', { name: 'Pattern (regular expression)' }).fill('.*');
  await newPolicy.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Move ttl up' }).click();
  await expect.poll(async () => ((await clusters())[rabbit].policies as Array<{ name: string }>).map((p) => p.name)).toEqual(['ttl', 'cap']);
  await page.getByRole('button', { name: 'Remove cap' }).click();
  await expect.poll(async () => ((await clusters())[rabbit].policies as Array<{ name: string }>).map((p) => p.name)).toEqual(['ttl']);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => ((await clusters())[rabbit].policies as Array<{ name: string }>).map((p) => p.name)).toEqual(['ttl', 'cap']);

  // A Kafka user with one ACL: its operations are checkboxes, its resource a group of fields.
  await page.locator('[data-testid^="inspector.cluster."] summary', { hasText: 'events' }).click();
  const users = page.getByTestId(`inspector.cluster-field.${kafka}.principals`);
  await users.getByTestId(`inspector.cluster-field.${kafka}.principals.add`).click();
  await page.getByRole('form', { name: 'New item in Users and ACLs' }).getByRole('textbox', { name: 'User name' }).fill('billing');
  await page.getByRole('form', { name: 'New item in Users and ACLs' }).getByRole('textbox', { name: 'User name' }).press('Enter');
  await users.getByTestId(`inspector.cluster-field.${kafka}.principals.0.acls.add`).click();
  await users.getByTestId(`inspector.cluster-field.${kafka}.principals.0.acls.0.resource.name`).fill('orders');
  await users.getByTestId(`inspector.cluster-field.${kafka}.principals.0.acls.0.operations.Describe`).check();
  await expect
    .poll(async () => (await clusters())[kafka].principals)
    .toEqual([{ name: 'billing', acls: [{ type: 'allow', resource: { type: 'topic', name: 'orders', patternType: 'literal' }, operations: ['Read', 'Describe'] }] }]);
  // The last operation cannot be unticked: an ACL needs one, and the schema says so where it happened.
  await users.getByTestId(`inspector.cluster-field.${kafka}.principals.0.acls.0.operations.Read`).uncheck();
  const last = users.getByTestId(`inspector.cluster-field.${kafka}.principals.0.acls.0.operations.Describe`);
  await last.click();
  await expect(users.getByTestId('inspector.field-error')).toBeVisible();
  await expect(last).toBeChecked();
  await expect.poll(async () => ((await clusters())[kafka].principals as Array<{ acls: Array<{ operations: string[] }> }>)[0].acls[0].operations).toEqual(['Describe']);
  expect(await seriousViolations(page, '[data-testid="inspector"]')).toEqual([]);
});

test("a connector's transforms are an ordered list, and a topic's static replicas are lines of broker ids", async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({
    queuewright: 2,
    name: 'Sink',
    nodes: [
      { kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 2, replicationFactor: 3, placement: 'static' },
      { kind: 'connect-sink', id: 'warehouse', name: 'warehouse', connectorClass: 'org.apache.kafka.connect.file.FileStreamSinkConnector' },
    ],
    connections: [{ id: 'orders--warehouse', kind: 'consume', from: 'orders', to: 'warehouse' }],
    layout: { orders: { x: 0, y: 0 }, warehouse: { x: 360, y: 0 } },
  });
  const sink = async () => (await studio.savedDesign()).nodes.find((n) => n.id === 'warehouse') as { transforms?: Array<{ name: string; type: string; config?: Record<string, string> }> };
  await studio.select('warehouse');
  const transforms = studio.field('transforms');
  for (const [name, type] of [
    ['route', 'org.apache.kafka.connect.transforms.RegexRouter'],
    ['stamp', 'org.apache.kafka.connect.transforms.InsertField$Value'],
  ]) {
    await transforms.getByTestId('inspector.field.transforms.add').click();
    const form = page.getByRole('form', { name: 'New item in Transforms' });
    await form.getByRole('textbox', { name: 'Transform name' }).fill(name);
    await form.getByRole('textbox', { name: 'Transform class' }).fill(type);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await transforms.getByTestId('inspector.field.transforms.0.config.add').click();
  await page.getByRole('textbox', { name: 'Transform settings, row 1: key' }).fill('regex');
  await page.getByRole('textbox', { name: 'Transform settings, row 1: value' }).fill('(.*)');
  await page.getByRole('button', { name: 'Move stamp up' }).click();
  await expect
    .poll(async () => (await sink()).transforms)
    .toEqual([
      { name: 'stamp', type: 'org.apache.kafka.connect.transforms.InsertField$Value', config: {} },
      { name: 'route', type: 'org.apache.kafka.connect.transforms.RegexRouter', config: { regex: '(.*)' } },
    ]);
  // A name Connect would refuse is refused here, at the field.
  await transforms.getByTestId('inspector.field.transforms.1.name').fill('has space');
  await expect(transforms.getByTestId('inspector.field-error')).toBeVisible();
  expect((await sink()).transforms?.[1].name).toBe('route');

  await studio.select('orders');
  const replicas = studio.field('staticAssignments');
  await replicas.fill('1, 2, 3\n2, x, 1');
  await replicas.blur();
  await expect(page.getByTestId('inspector.field-error')).toContainText('Line 2');
  await replicas.fill('1, 2, 3\n2, 3, 1');
  await replicas.blur();
  await expect
    .poll(async () => (await studio.savedDesign()).nodes.find((n) => n.id === 'orders')?.staticAssignments)
    .toEqual([
      [1, 2, 3],
      [2, 3, 1],
    ]);
});
