import { chromium } from '@playwright/test';
import { encodeShareFragment } from '../lib/share';
import { CHROMIUM_ARGS } from './chromium';
import { generateDesign } from './generate-design';

/**
 * Opening a share link of a 10,000-node design, as its recipient does: a
 * fresh page (nothing autosaved) loads the link, and the time is taken until
 * the canvas shows nodes and the score of that design is in. Both the studio (`/#…`) and the
 * read-only review (`/view#…`) are measured (median of `runs` each); the
 * slower of the two is the result.
 */
export async function shareOpenMs(baseUrl: string, nodeCount: number, runs = 3): Promise<number> {
  const fragment = encodeShareFragment(generateDesign(nodeCount));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const medians: number[] = [];
    for (const path of ['/', '/view']) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(`${baseUrl.replace(/\/$/, '')}${path}#${fragment}`);
        await page.waitForFunction(() => document.querySelector('.react-flow__node') !== null && document.querySelector('[data-testid="score"]')?.getAttribute('data-current') === 'true', null, {
          timeout: 120_000,
          polling: 50,
        });
        times.push(Date.now() - start);
        await context.close();
      }
      times.sort((a, b) => a - b);
      medians.push(times[Math.floor(times.length / 2)]);
    }
    return Math.max(...medians);
  } finally {
    await browser.close();
  }
}
