import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from './chromium';

/**
 * The JavaScript Chromium really downloads for the studio: every script
 * response from navigation until the studio is interactive (a node can be
 * dropped: the palette shows) plus what it fetches unasked in the next second
 * (the rule engine loads once the page is idle). Each body is gzipped here, so
 * the number does not depend on how the server compresses. Unlike
 * `firstload_js_gzip_kb` (the scripts the HTML names), it leaves out
 * polyfills the browser never fetches and counts the chunks it does.
 */
export async function firstLoadDownloadedKb(baseUrl: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const bodies: Array<Promise<number>> = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() === 'script' || type.includes('javascript')) {
        bodies.push(response.body().then((body) => gzipSync(body).length, () => 0));
      }
    });
    await page.goto(baseUrl);
    await page.getByTestId('palette.search').waitFor();
    await page.waitForTimeout(1000);
    const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    return Math.round((bytes / 1024) * 10) / 10;
  } finally {
    await browser.close();
  }
}
