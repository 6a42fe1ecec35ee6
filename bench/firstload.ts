import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of the studio route: every script the prerendered
 * page references, gzipped (Next 16 no longer prints this). Needs `next build`.
 */
export function firstLoadJsKb(root: string): number {
  const html = readFileSync(join(root, '.next', 'server', 'app', 'index.html'), 'utf8');
  const scripts = new Set([...html.matchAll(/\/_next\/(static\/[^"'\s]+?\.js)/g)].map((m) => m[1]));
  let bytes = 0;
  for (const script of scripts) {
    const file = join(root, '.next', script);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}
