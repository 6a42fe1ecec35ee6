import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import { type Design } from '../design';
import { readDesign } from '../design/read-design';
import { decodeShareFragment } from './share-link';

/**
 * Share links and design files written by the version-1 studio (design format
 * 1, `v1.` links): templates, the exporter fixtures and generated designs,
 * saved by that code together with the full design it had in memory. Today
 * each must open with every setting meaning what it meant then.
 */
const SAVED: Array<{ name: string; link: string; file: string }> = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'saved-by-v1.json'), 'utf8'));

/** Every value the version-1 design held, compared with the design as it runs today (nested settings key by key). */
function differences(then: Design, now: Design): string[] {
  const resolved = resolveDesign(now);
  const found: string[] = [];
  for (const old of then.nodes as unknown as Array<Record<string, unknown>>) {
    const node = resolved.nodes.find((n) => n.id === old.id) as Record<string, unknown> | undefined;
    if (!node) {
      found.push(`${String(old.id)}: missing`);
      continue;
    }
    for (const [key, value] of Object.entries(old)) {
      const current = node[key];
      if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object') {
        for (const [inner, v] of Object.entries(value)) {
          if (JSON.stringify((current as Record<string, unknown>)[inner]) !== JSON.stringify(v)) found.push(`${String(old.id)}.${key}.${inner}`);
        }
      } else if (JSON.stringify(current) !== JSON.stringify(value)) found.push(`${String(old.id)}.${key}`);
    }
  }
  expect(now.connections).toEqual(then.connections);
  return found;
}

describe('what version 1 saved opens with the same meaning', () => {
  it.each(SAVED.map((s) => [s.name, s] as const))('%s', (_name, saved) => {
    const then = JSON.parse(saved.file) as Design;
    expect(then.queuewright).toBe(1);
    expect(saved.link.startsWith('v1.')).toBe(true);

    const fromLink = decodeShareFragment(saved.link);
    if (!fromLink.ok) throw new Error(fromLink.message);
    expect(differences(then, fromLink.design)).toEqual([]);

    const fromFile = readDesign(saved.file);
    if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.errors));
    expect(differences(then, fromFile.design)).toEqual([]);
  });
});
