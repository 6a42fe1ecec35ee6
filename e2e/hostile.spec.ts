import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { makeDesign } from '../lib/design/build-design';
import { encodeShareFragment } from '../lib/share';

/** Names, notes and routing keys an attacker would put in a shared design. */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const IMG = '<img src=x onerror="window.__pwned = \'img\'">';
const SVG = '<svg onload="window.__pwned = \'svg\'"></svg>';
const CONTROL = 'bell\u0007 esc\u001b[31m nul\u0000 end';

const hostile = makeDesign({
  name: `Hostile ${SCRIPT}`,
  notes: `${IMG} [click](javascript:window.__pwned='md')`,
  nodes: [
    { kind: 'producer', id: 'api', name: IMG, kafka: { acks: '1' }, notes: SCRIPT },
    { kind: 'kafka-topic', id: 'orders', name: SVG },
    { kind: 'consumer-group', id: 'g', name: CONTROL },
    { kind: 'rabbitmq-exchange', id: 'x', name: `x ${SCRIPT}` },
    { kind: 'rabbitmq-queue', id: 'q', name: `q ${IMG}` },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'g' },
    { from: 'api', to: 'x', routingKey: `"><b id="injected">x</b>` },
    { from: 'x', to: 'q', routingKey: SVG },
  ],
});
const fragment = encodeShareFragment(hostile);

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], #injected, svg[onload], script:not([src]):has-text("__pwned")')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test('a hostile design opened from a share link renders as text in the canvas, inspector and findings; no script runs', async ({ page }) => {
  await page.goto(`/#${fragment}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByTestId('canvas.node.api')).toContainText('<img src=x onerror=');
  await expect(page.getByTestId('canvas.node.orders')).toContainText('<svg onload=');
  await expect(page.getByTestId('design.name')).toHaveValue(`Hostile ${SCRIPT}`);
  await page.getByTestId('canvas.node.api').click();
  await expect(page.getByTestId('inspector.node.api')).toContainText(IMG);
  await expect(page.getByTestId('findings.row.kafka/acks-all-for-at-least-once')).toContainText(IMG);
  await expectInert(page);
});

test('the read-only review of a hostile link is inert, and its SVG diagram keeps labels as escaped text', async ({ page }) => {
  await page.goto(`/view#${fragment}`);
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.getByTestId('canvas.node.q')).toContainText(`q ${IMG}`);
  await expectInert(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review.svg').click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('<img');
  // Parsed as XML, the file has no elements but the diagram's own, and the labels keep the markup as text.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      foreign: [...doc.querySelectorAll('script, img, foreignObject, [onload], [onerror]')].length,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.foreign).toBe(0);
  expect(parsed.text).toContain('onerror=');
});

test('the Markdown report of a hostile design keeps markup as text', async ({ page }) => {
  await page.goto(`/#${fragment}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.format.markdown-report').click();
  const preview = page.getByTestId('export.preview');
  await expect(preview).toContainText('&lt;script&gt;');
  await expect(preview).not.toContainText('<script>');
  await expectInert(page);
});
