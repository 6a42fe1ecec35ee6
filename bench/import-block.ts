import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { writeDesignJson } from '../lib/design';
import { CHROMIUM_ARGS } from './chromium';
import { longestTaskMs, watchLongTasks } from './long-tasks';
import { realisticDesign } from './realistic-design';

/**
 * Opening a large design file in the studio (Open, as a person does), and
 * the longest time the main thread was blocked meanwhile: the longest task
 * (Long Tasks API) from choosing the file until the canvas shows its nodes
 * and its review is in. While the main thread is blocked, nothing on the page
 * answers a click or a key.
 */
export async function importMainThreadBlockMs(baseUrl: string, nodeCount: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const dir = mkdtempSync(join(tmpdir(), 'queuewright-import-bench-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(baseUrl);
    await page.getByTestId('palette.search').waitFor();
    await page.waitForTimeout(1000);
    // Handed over as a file on disk, as the browser's file picker does: given as bytes, Playwright
    // decodes them into a File with script in the page, a task of 180–360 ms no user's open has.
    const file = join(dir, 'large.queuewright.json');
    writeFileSync(file, writeDesignJson(realisticDesign(nodeCount)));
    await watchLongTasks(page);
    await page.locator('input[type="file"]').first().setInputFiles(file);
    await page.waitForFunction(() => document.querySelector('.react-flow__node') !== null && document.querySelector('[data-testid="score"]')?.getAttribute('data-current') === 'true', null, {
      timeout: 180_000,
      polling: 100,
    });
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await page.waitForTimeout(500);
    return await longestTaskMs(page);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
