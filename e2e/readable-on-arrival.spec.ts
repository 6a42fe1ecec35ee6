import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDesign, type TestDesignInput } from '../lib/design/build-design';
import { encodeShareFragment } from '../lib/share';
import { StudioPage } from './studio-page';

/**
 * Readable on arrival: whatever brings a design onto the canvas (autosave,
 * template, wizard, file, share link, Layout) ends with all of it in view and
 * none of it under the minimap; Layout is a strict left-to-right flow; every
 * connection shows its direction and kind.
 */

const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];

/** A 9-node chain: producer → topic → consumer → topic → … */
function linearPipeline(): TestDesignInput {
  const nodes = Array.from({ length: 9 }, (_, i) => ({ kind: i === 0 ? 'producer' : i % 2 === 1 ? 'kafka-topic' : 'consumer-group', id: `step-${i}` }));
  // Placed in a zig-zag that runs backwards, as a hand-drawn design may be.
  const layout = Object.fromEntries(nodes.map((n, i) => [n.id, { x: (8 - i) * 200, y: (i % 3) * 260 }]));
  return { name: 'Linear', nodes, connections: nodes.slice(1).map((n, i) => ({ from: nodes[i].id, to: n.id })), layout };
}

async function edgeEnds(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('[data-testid="canvas"] .react-flow__edge')].map((edge) => {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const matrix = path.getScreenCTM()!;
      const at = (length: number) => new DOMPoint(path.getPointAtLength(length).x, path.getPointAtLength(length).y).matrixTransform(matrix);
      const total = path.getTotalLength();
      const style = getComputedStyle(path);
      return {
        id: edge.getAttribute('data-id')!,
        kind: edge.getAttribute('data-kind')!,
        failurePath: edge.getAttribute('data-failure-path') === 'true',
        start: at(0),
        end: at(total),
        middle: at(total / 2),
        look: `${style.stroke} | ${style.strokeDasharray} | ${path.getAttribute('marker-end')}`,
        width: parseFloat(style.strokeWidth),
        halo: edge.querySelector('.design-edge-halo') !== null,
      };
    }),
  );
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a template, a file and a share link each open with every node in view and none under the minimap', async ({ page }) => {
      const studio = new StudioPage(page);
      await studio.open();
      await page.getByTestId('empty.start').getByTestId('template.order-processing-kafka').click();
      await expect(page.locator('.react-flow__node')).toHaveCount(10);
      await studio.waitForFit();
      expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);

      // A file without positions: laid out on arrival, then fitted.
      const twenty = JSON.parse(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
      delete twenty.layout;
      await studio.openFile('pipeline.json', JSON.stringify(twenty));
      await page.getByTestId('open-confirm.replace').click();
      await expect(page.locator('.react-flow__node')).toHaveCount(20);
      await studio.waitForFit();
      expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);

      await page.goto(`/#${encodeShareFragment(makeDesign(linearPipeline()))}`);
      await page.getByTestId('share-confirm.open').click();
      await expect(page.locator('.react-flow__node')).toHaveCount(9);
      await studio.waitForFit();
      expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
    });

    test('the autosaved design is in view after a reload, wherever its nodes were', async ({ page }) => {
      const studio = new StudioPage(page);
      const far = makeDesign({ ...linearPipeline(), layout: Object.fromEntries(linearPipeline().nodes!.map((n, i) => [n.id, { x: 5000 + i * 300, y: 4000 }])) });
      await studio.open(far);
      await expect(page.locator('.react-flow__node')).toHaveCount(9);
      await studio.waitForFit();
      expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
    });
  });
}

test('the wizard’s design arrives in view', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await studio.open();
  await page.getByTestId('empty.wizard').click();
  await page.getByTestId('wizard.field.useCase').fill('order events');
  await page.getByTestId('wizard.field.throughput').fill('20000');
  await page.getByTestId('wizard.generate').click();
  await expect(page.getByTestId('start')).toBeHidden();
  await studio.waitForFit();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(2);
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
});

test('Layout turns a backwards zig-zag of a 9-node pipeline into one row, left to right, in view', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(makeDesign(linearPipeline()));
  await studio.layout();
  const boxes = await studio.nodeBoxes();
  const centres = Object.values(boxes).map((b) => b.y + b.height / 2);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(1);
  for (let i = 1; i < 9; i++) expect(boxes[`step-${i}`].x).toBeGreaterThan(boxes[`step-${i - 1}`].x + boxes[`step-${i - 1}`].width);
  for (const edge of await edgeEnds(page)) expect(edge.end.x, edge.id).toBeGreaterThan(edge.start.x);
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
  // One undo step puts the zig-zag back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await studio.savedDesign()).layout).toMatchObject({ 'step-0': { x: 1600, y: 0 } });
});

test('Layout of a 20-node design: dead letters hang below their sources and no connection runs backwards', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(readFileSync(join(__dirname, 'designs', 'order-pipeline-20.json'), 'utf8'));
  await studio.layout();
  const boxes = await studio.nodeBoxes();
  for (const edge of await edgeEnds(page)) {
    if (edge.failurePath) {
      // Out of the source's bottom, into the target's top.
      expect(edge.end.y, edge.id).toBeGreaterThan(edge.start.y);
    } else {
      expect(edge.end.x, edge.id).toBeGreaterThan(edge.start.x);
    }
  }
  // A DLQ sits under what feeds it.
  expect(boxes['audit-dlq'].x).toBeCloseTo(boxes.audit.x, 0);
  expect(boxes['audit-dlq'].y).toBeGreaterThan(boxes.audit.y + boxes.audit.height);
  expect(boxes['notifications.dlq'].x).toBeCloseTo(boxes['notifications.dlx'].x, 0);
  expect(await studio.nodesOutsideFreeCanvas()).toEqual([]);
});

test('each connection shows its direction and its kind; a selected one stands out; parallel ones are apart', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(
    makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'rabbitmq-exchange', id: 'orders' },
        { kind: 'rabbitmq-queue', id: 'billing' },
        { kind: 'consumer-group', id: 'worker' },
        { kind: 'rabbitmq-exchange', id: 'dlx' },
        { kind: 'rabbitmq-queue', id: 'billing.dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'api', to: 'orders', routingKey: 'order.created' },
        { from: 'orders', to: 'billing', routingKey: 'order.created' },
        { from: 'orders', to: 'billing', routingKey: 'order.paid' },
        { from: 'billing', to: 'worker' },
        { from: 'billing', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'billing.dlq' },
      ],
    }),
  );
  await studio.waitForFit();
  const boxes = await studio.nodeBoxes();
  const edges = await edgeEnds(page);
  for (const edge of edges) {
    const target = boxes[edge.id.split('--')[1].replace(/-\d+$/, '')];
    // The arrowhead's tip is at the target's border, outside the node, where nothing covers it.
    if (edge.failurePath) expect(Math.abs(edge.end.y - target.y), edge.id).toBeLessThan(4);
    else expect(Math.abs(edge.end.x - target.x), edge.id).toBeLessThan(4);
    expect(edge.look).toContain(`url('#qw-arrow-${edge.kind}')`);
  }
  const targetHandleOpacity = await page
    .locator('.react-flow__node[data-id="worker"] .react-flow__handle.target')
    .first()
    .evaluate((h) => getComputedStyle(h).opacity);
  expect(targetHandleOpacity).toBe('0');

  // Publish, bind, consume and dead-letter look different (colour, line and arrowhead).
  const looks = new Map(edges.map((e) => [e.kind, e.look]));
  expect(new Set(looks.values()).size).toBe(4);
  await expect(page.getByTestId('canvas.legend')).toContainText('dead letters');

  // The two bindings between one exchange and one queue are drawn apart, each with its key readable.
  const bindings = edges.filter((e) => e.id.startsWith('orders--billing'));
  expect(bindings).toHaveLength(2);
  expect(Math.hypot(bindings[0].middle.x - bindings[1].middle.x, bindings[0].middle.y - bindings[1].middle.y)).toBeGreaterThan(20);
  await expect(page.getByTestId('canvas.edge.orders--billing.label')).toContainText('order.created');
  await expect(page.getByTestId('canvas.edge.orders--billing-2.label')).toContainText('order.paid');

  // Clicking a connection selects it: thicker, with a halo.
  const consume = edges.find((e) => e.kind === 'consume')!;
  await page.mouse.click(consume.middle.x, consume.middle.y);
  await expect(page.locator('[data-testid^="inspector.connection."]')).toBeVisible();
  const selected = (await edgeEnds(page)).find((e) => e.id === consume.id)!;
  expect(selected.halo).toBe(true);
  expect(selected.width).toBeGreaterThan(consume.width);
});

test('a long real name is readable on its node, not cut', async ({ page }) => {
  const studio = new StudioPage(page);
  const name = 'com.acme.orders.payment-processed.v1';
  await studio.open(
    makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'kafka-topic', id: 'topic', name },
      ],
      connections: [{ from: 'api', to: 'topic' }],
    }),
  );
  const label = page.getByTestId('canvas.node.topic.name');
  await expect(label).toHaveText(name);
  const fits = await label.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
});
