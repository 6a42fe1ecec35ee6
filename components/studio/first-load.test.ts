import { describe, expect, it } from 'vitest';
import { reachableModules } from '@/lib/testing/module-graph';

/**
 * What the studio page downloads before anything is asked of it: the modules
 * app/page.tsx reaches through static imports. `npm run bench` measures the
 * bytes (firstload_js_gzip_kb_downloaded); this keeps what was moved out of
 * them from creeping back through a new import.
 */
const page = reachableModules(['app/page.tsx']);

function chainsTo(match: (module: string) => boolean): string[] {
  return [...page].filter(([name]) => match(name)).map(([, chain]) => chain.join(' → '));
}

describe('the studio page up front', () => {
  it('reaches the design registry and the blank review (else the walk proves nothing)', () => {
    expect(page.has('lib/design/kinds/index.ts')).toBe(true);
    expect(page.has('lib/rules/blank-review.ts')).toBe(true);
  });

  it('holds no rule: the rules load once the design holds something to review (blank-review.ts)', () => {
    expect(chainsTo((name) => name === 'lib/rules/registry.ts' || name === 'lib/rules/review.ts' || name === 'lib/rules/engine.ts')).toEqual([]);
  });
});
