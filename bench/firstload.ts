import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of the studio route: every script the page's HTML
 * references, gzipped (Next 16 no longer prints this). The HTML is rendered
 * per request (it carries a CSP nonce), so it is fetched from the running
 * production server; the scripts are read from the build.
 */
export async function firstLoadJsKb(root: string, baseUrl: string): Promise<number> {
  const html = await (await fetch(baseUrl)).text();
  const scripts = new Set([...html.matchAll(/\/_next\/(static\/[^"'\s]+?\.js)/g)].map((m) => m[1]));
  let bytes = 0;
  for (const script of scripts) {
    const file = join(root, '.next', script);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}
