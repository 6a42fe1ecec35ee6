/** Takes a screenshot of a page of the running studio: `tsx scripts/screenshot.ts <url> <out.png> [design.json]`. */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

async function main() {
  const [url, out, designFile, theme] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  if (designFile || theme) {
    const design = designFile ? readFileSync(designFile, 'utf8') : undefined;
    await page.addInitScript(
      ([d, t]) => {
        if (d) localStorage.setItem('queuewright.autosave.v1', d);
        if (t) localStorage.setItem('queuewright.theme', t);
      },
      [design, theme] as const,
    );
  }
  await page.goto(url);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  await browser.close();
}

void main();
