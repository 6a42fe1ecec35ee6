import { describe, expect, it } from 'vitest';
import { fixValue, parseFixValues, suggestedValues, type FixInput } from './fix';

const inputs: FixInput[] = [
  { id: 'seconds', type: 'number', label: 'Lag above', unit: 'seconds', suggested: 300, min: 1, max: 3600 },
  { id: 'key', type: 'text', label: 'De-duplicate on', suggested: 'eventId', maxLength: 10 },
];

describe('fix inputs', () => {
  it('suggests every value', () => {
    expect(suggestedValues(inputs)).toEqual({ seconds: 300, key: 'eventId' });
  });

  it('parses what was typed, trimmed and typed by the input', () => {
    expect(parseFixValues(inputs, { seconds: ' 120 ', key: ' orderId ' })).toEqual({ ok: true, values: { seconds: 120, key: 'orderId' } });
  });

  it('says what is wrong with each field', () => {
    expect(parseFixValues(inputs, { seconds: 'soon', key: '' })).toEqual({ ok: false, errors: { seconds: 'Lag above: enter a number', key: 'De-duplicate on: enter a value' } });
    expect(parseFixValues(inputs, { seconds: '0', key: 'x'.repeat(11) })).toEqual({ ok: false, errors: { seconds: 'Lag above: at least 1 seconds', key: 'De-duplicate on: at most 10 characters' } });
    expect(parseFixValues(inputs, { seconds: '1.5' })).toMatchObject({ ok: false, errors: { seconds: 'Lag above: enter a whole number of seconds' } });
    expect(parseFixValues(inputs, { seconds: '4000' })).toMatchObject({ ok: false, errors: { seconds: 'Lag above: at most 3600 seconds' } });
  });

  it('applies the suggestion in place of a missing or invalid value, never the invalid one', () => {
    expect(fixValue(inputs, undefined, 'seconds')).toBe(300);
    expect(fixValue(inputs, { seconds: -5 }, 'seconds')).toBe(300);
    expect(fixValue(inputs, { seconds: 60 }, 'seconds')).toBe(60);
    expect(() => fixValue(inputs, {}, 'missing')).toThrow('Fix has no input "missing"');
  });
});
