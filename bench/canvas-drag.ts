import { chromium } from '@playwright/test';
import { writeDesignJson } from '../lib/design';
import { nodeGrip } from './canvas-input';
import { CHROMIUM_ARGS } from './chromium';
import { generateDesign } from './generate-design';

/**
 * Drags a node across the canvas of a running studio and measures, for every
 * pointer move, the time until the frame that shows it has been produced
 * (the move's handler, React Flow's update, layout and paint).
 */
export async function dragFrameP95(baseUrl: string, nodeCount: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const design = writeDesignJson(generateDesign(nodeCount));
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem('queuewright.autosave.v1', text);
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, design);
    await page.goto(baseUrl);
    await page.waitForSelector('.react-flow__node');
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { frameTimes: number[] };
      w.frameTimes = [];
      window.addEventListener(
        'pointermove',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.frameTimes.push(performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    // The same node as the input-to-frame keys drag (see nodeGrip for why it is found by id, away from the edges).
    const grip = await nodeGrip(page);
    const node = page.locator(`.react-flow__node[data-id="${grip.id}"]`);
    const box = (await node.boundingBox())!;
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    for (let i = 1; i <= 120; i++) await page.mouse.move(grip.x + i * 3, grip.y + Math.sin(i / 10) * 40);
    await page.mouse.up();
    await page.waitForTimeout(300);
    const after = await node.boundingBox({ timeout: 5000 });
    if (!after || Math.abs(after.x - box.x) < 100) throw new Error(`The benchmark drag did not move node ${grip.id}: the measurement would be meaningless`);
    const times = await page.evaluate(() => (window as unknown as { frameTimes: number[] }).frameTimes);
    const sorted = times.slice(10).sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length * 0.95)] * 10) / 10;
  } finally {
    await browser.close();
  }
}
