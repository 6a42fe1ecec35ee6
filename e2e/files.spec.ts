import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readSaved, StudioPage } from './studio-page';
import { pipeline } from './fixtures';

test('saving then opening the file gives the same design', async ({ page, browser }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  const [download] = await Promise.all([page.waitForEvent('download'), studio.fileAction('save-json')]);
  expect(download.suggestedFilename()).toBe('checkout.queuewright.json');
  const content = readFileSync((await download.path())!, 'utf8');
  // Compact: one line, defaults left out (the reader fills them in again).
  expect(content.trim().split('\n')).toHaveLength(1);
  expect(JSON.parse(content).nodes[0]).toEqual({ kind: 'producer', id: 'checkout-api', name: 'checkout-api' });
  const saved = readSaved(content);
  expect(saved).toMatchObject({ queuewright: 2, name: 'Checkout', layout: pipeline.layout });
  expect(saved.nodes.map((n) => n.id)).toEqual(['checkout-api', 'orders', 'billing']);

  const fresh = new StudioPage(await browser.newPage());
  await fresh.open();
  await fresh.openFile('checkout.queuewright.json', content);
  await expect(fresh.node('orders')).toBeVisible();
  await expect(fresh.node('billing')).toContainText('1 instance');
  expect(await fresh.savedDesign()).toEqual(saved);
});

test('YAML files open too, and replacing a non-empty design asks first', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  const [download] = await Promise.all([page.waitForEvent('download'), studio.fileAction('save-yaml')]);
  const yaml = readFileSync((await download.path())!, 'utf8').replace('name: Checkout', 'name: Checkout v2');
  await studio.openFile('checkout.yaml', yaml, 'application/yaml');
  await expect(page.getByTestId('open-confirm')).toBeVisible();
  await page.getByTestId('open-confirm.replace').click();
  await expect(page.getByTestId('design.name')).toHaveValue('Checkout v2');
});

test('a file with a key the design does not know says which before it opens', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.openFile('typo.yaml', 'queuewright: 2\nname: Typo\nnodes:\n  - kind: kafka-topic\n    id: orders\n    name: orders\n    partitons: 6\n', 'application/yaml');
  await expect(page.getByTestId('open-confirm.report')).toContainText('nodes[0].partitons (line 7) unknown key, ignored (did you mean "partitions"?).');
  await page.getByTestId('open-confirm.replace').click();
  await expect(studio.node('orders')).toBeVisible();
  await expect(page.getByTestId('design.name')).toHaveValue('Typo');
});

const BROKEN: Array<[string, string, RegExp]> = [
  ['syntax.json', '{"queuewright": 1, "nodes": [\n  {"kind": "kafka-topic",\n  "id": }\n]}', /QW002 line 3/],
  ['future.json', JSON.stringify({ queuewright: 99, nodes: [] }), /version 99/],
  ['kind.json', JSON.stringify({ queuewright: 1, nodes: [{ kind: 'teapot', id: 'x', name: 'x' }] }), /Unknown node kind "teapot"/],
  ['dangling.json', JSON.stringify({ queuewright: 1, nodes: [], connections: [{ id: 'c', kind: 'publish', from: 'a', to: 'b' }] }), /QW008.*"a", which is not a node/],
  ['proto.json', '{"queuewright": 1, "__proto__": {"polluted": true}}', /QW004.*__proto__/],
  ['field.yaml', 'queuewright: 1\nnodes:\n  - kind: kafka-topic\n    id: orders\n    name: orders\n    partitions: -1\n', /QW007 line 6.*partitions/],
];

for (const [name, content, message] of BROKEN) {
  test(`a broken file (${name}) says what is wrong and where, and changes nothing`, async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open(pipeline);
    const before = await studio.savedDesign();
    await studio.openFile(name, content);
    await expect(page.getByTestId('open-error')).toBeVisible();
    await expect(page.getByTestId('open-error.item').first()).toHaveText(message);
    await page.getByTestId('open-error').getByRole('button', { name: 'OK' }).click();
    expect(await studio.savedDesign()).toEqual(before);
    await expect(studio.node('orders')).toBeVisible();
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });
}

test('10 MB of junk is refused without reading it as a design', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await studio.openFile('junk.json', Buffer.alloc(10 * 1024 * 1024, 'x'));
  await expect(page.getByTestId('open-error.item')).toContainText('limit is 5 MB');
  await expect(studio.node('orders')).toBeVisible();
});

test('a file dropped on the canvas opens', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const data = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(pipeline));
  await page.dispatchEvent('[data-testid="canvas"] .react-flow', 'drop', { dataTransfer: data });
  await expect(studio.node('billing')).toBeVisible();
});

test('hand-written YAML opens as people save it: leading comments, a UTF-16 file from a Windows editor; UTF-32 is refused with the reason', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const handWritten = readFileSync(join(__dirname, '..', 'lib', 'design', '__fixtures__', 'v1-hand-written.yaml'), 'utf8');
  await studio.openFile('orders.yaml', handWritten, 'application/yaml');
  await expect(studio.node('billing')).toBeVisible();

  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`---\r\n${handWritten.replace(/\n/g, '\r\n').replace('name: Orders', 'name: Orders (UTF-16)')}`, 'utf16le')]);
  await studio.openFile('orders-utf16.yaml', utf16, 'application/yaml');
  await page.getByTestId('open-confirm.replace').click();
  await expect(page.getByTestId('design.name')).toHaveValue('Orders (UTF-16)');

  await studio.openFile('orders-utf32.yaml', Buffer.from([0xff, 0xfe, 0, 0, 0x71, 0, 0, 0]), 'application/yaml');
  await expect(page.getByTestId('open-error.item')).toContainText('UTF-32');
  await expect(page.getByTestId('design.name')).toHaveValue('Orders (UTF-16)');
});
