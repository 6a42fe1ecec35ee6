import { describe, expect, it } from 'vitest';
import { anySubjectOverlap, firstOverlap } from './_helpers';

describe('subject lists', () => {
  it('checks lists pairwise', () => {
    expect(anySubjectOverlap(['a.x', 'b.*'], ['c.>', 'b.y'])).toBe(true);
    expect(anySubjectOverlap(['a.x'], ['a.y', 'b.>'])).toBe(false);
    expect(anySubjectOverlap([], ['>'])).toBe(false);
    expect(firstOverlap(['a.x', 'b.*'], ['c.>', 'b.y'])).toEqual(['b.*', 'b.y']);
    expect(firstOverlap(['a.x'], ['b.y'])).toBeUndefined();
  });
});
