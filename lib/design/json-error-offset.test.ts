import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['"tab\there"', 4],
    ['"\\x"', 2],
    ['"\\u12G4"', 2],
    ['[01]', 2],
    ['{} x', 3],
    ['', 0],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('is -1 for any valid JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === -1));
  });

  it('points into the text, at or before the first character JSON.parse could not have accepted', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', '\\', 'x', '\u0001', ':'), (json, at, inserted) => {
        const k = at % (json.length + 1);
        const text = json.slice(0, k) + inserted + json.slice(k);
        const offset = jsonErrorOffset(text);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        return parses ? offset === -1 : offset >= 0 && offset <= text.length;
      }),
    );
  });
});
