import { describe, expect, it } from 'vitest';
import { cyclicComponents } from './_cycles';

describe('cyclicComponents', () => {
  const graph = (edges: Record<string, string[]>) => (id: string) => edges[id] ?? [];
  it('finds cycles and ignores chains', () => {
    expect(cyclicComponents(['a', 'b', 'c', 'd'], graph({ a: ['b'], b: ['c'], c: ['a', 'd'] }))).toEqual([['a', 'b', 'c']]);
    expect(cyclicComponents(['a', 'b', 'c'], graph({ a: ['b'], b: ['c'] }))).toEqual([]);
  });
  it('handles long chains without recursion', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const next = (id: string) => {
      const i = Number(id.slice(1));
      return i + 1 < ids.length ? [`n${i + 1}`] : ['n0'];
    };
    expect(cyclicComponents(ids, next)[0]).toHaveLength(10_000);
  });
});
