import { chromium } from '@playwright/test';
import { writeDesignJson } from '../lib/design';
import { CHROMIUM_ARGS } from './chromium';
import { longestTaskMs, watchLongTasks } from './long-tasks';
import { realisticDesign } from './realistic-design';

/**
 * The longest main-thread task (Long Tasks API, which reports tasks over
 * 50 ms; 0 = none) while the studio simulates a design: from Run until the
 * report and its charts show. The run plays in real time for its first
 * simulated seconds, so the canvas badges and the scrubber follow ten live
 * snapshots a second, then finishes at full speed. The simulation itself runs
 * in a Web Worker; this measures what is left on the page.
 */
export async function simMainThreadBlockMs(baseUrl: string, nodeCount: number, simulatedSeconds = 20): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(baseUrl);
    await page.getByTestId('palette.search').waitFor();
    const design = realisticDesign(nodeCount);
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'large.queuewright.json', mimeType: 'application/json', buffer: Buffer.from(writeDesignJson(design)) });
    await page.waitForFunction(() => document.querySelector('[data-testid="score"]')?.getAttribute('data-current') === 'true', null, { timeout: 180_000, polling: 200 });
    await page.getByTestId('toolbar.simulate').click();
    await page.getByTestId('simulate.duration').fill(`${simulatedSeconds}s`);
    await page.getByTestId('simulate.speed').selectOption('1');
    // Let the panel's own loading settle: the measure is of the run, not of opening the panel.
    await page.waitForTimeout(1000);
    await watchLongTasks(page);
    await page.getByTestId('simulate.run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="simulate"]')?.getAttribute('data-status') !== 'idle', null, { timeout: 30_000 });
    // Half the run in real time (live snapshots on the canvas), the rest as fast as the worker steps.
    await page.waitForTimeout((simulatedSeconds * 1000) / 2);
    await page.getByTestId('simulate.speed').selectOption('0');
    await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid="simulate"]')?.getAttribute('data-status');
        return status === 'error' || (status === 'done' && document.querySelector('[data-testid="simulate.chart.rate"] canvas') !== null);
      },
      null,
      { timeout: 300_000, polling: 200 },
    );
    const status = await page.getByTestId('simulate').getAttribute('data-status');
    if (status !== 'done') throw new Error(`the simulation did not finish: ${await page.getByTestId('simulate.error').textContent()}`);
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await page.waitForTimeout(500);
    return await longestTaskMs(page);
  } finally {
    await browser.close();
  }
}

/** Standalone: `npx tsx bench/sim-block.ts http://127.0.0.1:3000/` against a running production build. */
if (require.main === module) {
  simMainThreadBlockMs(process.argv[2] ?? 'http://127.0.0.1:3000/', Number(process.argv[3] ?? 200)).then(
    (ms) => console.log(`sim_main_thread_block_ms_max: ${ms}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
