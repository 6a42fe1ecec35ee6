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
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(request.url());
    });
    await page.goto(baseUrl);
    await page.getByTestId('palette.search').waitFor();
    await page.waitForTimeout(1000);
    // Bodies are read from the server: a script the page preloaded has no body in its own response event.
    let bytes = 0;
    for (const url of scripts) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    return Math.round((bytes / 1024) * 10) / 10;
  } finally {
    await browser.close();
  }
}
