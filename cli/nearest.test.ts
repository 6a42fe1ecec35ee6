import { describe, expect, it } from 'vitest';
import { nearest } from './nearest';

describe('nearest', () => {
  it.each([
    ['failon', ['format', 'fail-on'], 'fail-on'],
    ['f', ['format', 'fail-on', 'help'], 'format'],
    ['sarf', ['text', 'json', 'sarif'], 'sarif'],
    ['lnt', ['lint', 'export', 'import', 'rules'], 'lint'],
    ['frobnicate', ['lint', 'export', 'import', 'rules'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
});
