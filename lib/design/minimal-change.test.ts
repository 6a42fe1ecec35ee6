import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChange, textChanges } from './minimal-change';

const apply = (text: string, change: { from: number; to: number; insert: string } | undefined) => (change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text);

describe('minimalChange', () => {
  it('replaces only the differing middle', () => {
    expect(minimalChange('partitions: 3\nname: a\n', 'partitions: 12\nname: a\n')).toEqual({ from: 12, to: 13, insert: '12' });
    expect(minimalChange('abc', 'abc')).toBeUndefined();
    expect(minimalChange('aa', 'aaa')).toEqual({ from: 2, to: 2, insert: 'a' });
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(apply(a, minimalChange(a, b))).toBe(b);
      }),
    );
  });
});

const applyAll = (text: string, changes: { from: number; to: number; insert: string }[]) => {
  let out = '';
  let at = 0;
  for (const c of changes) {
    expect(c.from).toBeGreaterThanOrEqual(at);
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
};

describe('textChanges', () => {
  it('leaves a line between two changed lines untouched', () => {
    const before = 'id: orders\nname: payments\nfrom: orders\nx: 1\nlayout:\n  orders: 1\n';
    const after = 'id: payments\nname: payments\nfrom: payments\nx: 1\nlayout:\n  payments: 1\n';
    const changes = textChanges(before, after);
    const nameLine = { from: before.indexOf('name'), to: before.indexOf('from') };
    expect(changes.length).toBe(3);
    for (const c of changes) expect(c.to <= nameLine.from || c.from >= nameLine.to).toBe(true);
    expect(applyAll(before, changes)).toBe(after);
  });

  it('turns any lines into any other lines', () => {
    const text = fc.array(fc.constantFrom('a\n', 'b\n', 'cc\n', '\n', 'd'), { maxLength: 12 }).map((lines) => lines.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(applyAll(a, textChanges(a, b))).toBe(b);
      }),
    );
  });
});
