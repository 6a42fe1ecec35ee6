import { chromium, type Page } from '@playwright/test';
import { writeDesignJson } from '../lib/design';
import { CHROMIUM_ARGS } from './chromium';
import { realisticDesign } from './realistic-design';

/**
 * What a person feels when dragging a node or panning the canvas: for every
 * pointer event, from the event's own timestamp (when the input happened, so
 * time spent waiting in the queue counts) to the end of the frame that shows
 * it. Every move counts, the first ones and the drop included. The design is
 * made of the review corpus's designs (realistic-design.ts), autosaved before
 * the page opens, as a returning user's work is.
 */
export async function inputToFrameP95(baseUrl: string, nodeCount: number, gesture: 'drag' | 'pan'): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(
      (text) => {
        if (!sessionStorage.getItem('bench-seeded')) {
          localStorage.setItem('queuewright.autosave.v1', text);
          sessionStorage.setItem('bench-seeded', '1');
        }
      },
      writeDesignJson(realisticDesign(nodeCount)),
    );
    await page.goto(baseUrl);
    await page.waitForSelector('.react-flow__node');
    await page.waitForFunction(() => document.querySelector('[data-testid="score"]')?.getAttribute('data-current') === 'true', null, { timeout: 120_000 });
    await recordFrames(page);
    const start = gesture === 'drag' ? await nodeGrip(page) : await emptyCanvasPoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 120; i++) await page.mouse.move(start.x + i * 3, start.y + Math.sin(i / 10) * 40);
    await page.mouse.up();
    // The frames of the last events, the drop's included.
    await page.waitForFunction(() => (window as unknown as { pending: number }).pending === 0, null, { timeout: 60_000 });
    const times = await page.evaluate(() => (window as unknown as { frameTimes: number[] }).frameTimes);
    if (times.length < 100) throw new Error(`only ${times.length} frames were measured: the gesture did not reach the canvas`);
    const sorted = [...times].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length * 0.95)] * 10) / 10;
  } finally {
    await browser.close();
  }
}

/**
 * For each pointer event: the time from `event.timeStamp` to the end of the
 * frame that follows it (a message posted from requestAnimationFrame runs once
 * that frame's rendering work is done). Sent as text: a bundled function would
 * carry the bundler's helpers into the page.
 */
async function recordFrames(page: Page) {
  await page.evaluate(`(() => {
    window.frameTimes = [];
    window.pending = 0;
    const record = (event) => {
      window.pending++;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.frameTimes.push(performance.now() - event.timeStamp);
          window.pending--;
        };
        channel.port2.postMessage(null);
      });
    };
    for (const type of ['pointerdown', 'pointermove', 'pointerup']) window.addEventListener(type, record, { capture: true });
  })()`);
}

/** Farther than this from the canvas's edges, a dragged node does not make React Flow pan the view (its auto-pan starts 40 px from an edge). */
const AUTO_PAN_MARGIN = 60;

/**
 * A node near the middle of the visible canvas, clear of the panels on it (legend, minimap, zoom
 * controls) and of the edges where a drag pans the view, and a point on its header to grip it by.
 * The node is named by its id: React Flow culls what is off screen, so "the third node" can be
 * another node, or none, after a move.
 */
export async function nodeGrip(page: Page): Promise<{ x: number; y: number; id: string }> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const nodes = await page
    .locator('.react-flow__node')
    .evaluateAll((elements) =>
      elements.map((e) => ({ id: e.getAttribute('data-id') ?? '', box: e.getBoundingClientRect() })).map(({ id, box }) => ({ id, x: box.x, y: box.y, width: box.width, height: box.height })),
    );
  const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  const visible = nodes.filter((r) => r.x > pane.x + AUTO_PAN_MARGIN && r.y > pane.y + AUTO_PAN_MARGIN && r.x + r.width < pane.x + pane.width - 400 && r.y + r.height < pane.y + pane.height - 100);
  if (visible.length === 0) throw new Error('no node is on screen to drag');
  visible.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
  return { x: visible[0].x + 20, y: visible[0].y + 8, id: visible[0].id };
}

/** A point of the canvas background no node covers, where a press pans. */
async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  for (let y = pane.y + 40; y < pane.y + pane.height - 80; y += 20) {
    for (let x = pane.x + 40; x < pane.x + pane.width - 420; x += 20) {
      const free = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') ?? false, { x, y });
      if (free) return { x, y };
    }
  }
  throw new Error('no empty canvas to pan from');
}
