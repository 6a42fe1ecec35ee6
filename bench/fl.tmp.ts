import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { firstLoadDownloadedKb } from './firstload-downloaded';
import { CHROMIUM_ARGS } from './chromium';
(async () => {
  const base = process.argv[2];
  console.log('downloaded', await firstLoadDownloadedKb(base));
  // What a template click costs: scripts fetched after choosing the first gallery card.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(base);
  await page.getByTestId('palette.search').waitFor();
  await page.waitForTimeout(1500);
  const scripts = new Set<string>();
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.add(r.url()); });
  await page.locator('[data-testid^="template."]').first().click();
  await page.waitForTimeout(2500);
  let bytes = 0;
  for (const url of scripts) { const b = Buffer.from(await (await fetch(url)).arrayBuffer()); const g = gzipSync(b).length; bytes += g; const t = b.toString(); console.log(url.split('/').pop(), Math.round(g/102.4)/10, ['defineBrokerFamily','kafka-topics.sh','order-processing-kafka','acks-all','asyncapi','Terraform','rank'].filter(k=>t.includes(k)).join(',')); }
  console.log('template click kB', Math.round(bytes / 102.4) / 10, [...scripts].length);
  await browser.close();
})();
