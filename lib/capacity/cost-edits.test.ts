import { describe, expect, it } from 'vitest';
import { applyCostEdits } from './cost-edits';
import { DEFAULT_ASSUMPTIONS } from './cost-estimate';
import { DEFAULT_PRICES } from './prices';

describe('cost edits', () => {
  it('replaces a price or an assumption, given as a number or as typed text, and keeps its source', () => {
    const { prices, assumptions, problems } = applyCostEdits({ prices: { brokerInstanceHour: '0.06', mskBrokerHour: 0.15 }, assumptions: { hoursPerMonth: 720 } });
    expect(problems).toEqual([]);
    expect(prices.brokerInstanceHour).toEqual({ ...DEFAULT_PRICES.brokerInstanceHour, value: 0.06 });
    expect(prices.mskBrokerHour.value).toBe(0.15);
    expect(prices.diskGbMonth).toBe(DEFAULT_PRICES.diskGbMonth);
    expect(assumptions.hoursPerMonth).toEqual({ ...DEFAULT_ASSUMPTIONS.hoursPerMonth, value: 720 });
  });

  it('an unusable edit keeps the published value and is named, with what is known', () => {
    const { prices, assumptions, problems } = applyCostEdits({
      prices: { brokerInstanceHour: '', diskGbMonth: -1, brokerHour: 1 },
      assumptions: JSON.parse('{"hoursPerMonth": "many", "__proto__": 3}'),
    });
    expect(prices.brokerInstanceHour.value).toBe(DEFAULT_PRICES.brokerInstanceHour.value);
    expect(prices.diskGbMonth.value).toBe(DEFAULT_PRICES.diskGbMonth.value);
    expect(assumptions.hoursPerMonth.value).toBe(730);
    expect(problems).toEqual([
      'the price "brokerInstanceHour" must be a number ≥ 0, not ""',
      'the price "diskGbMonth" must be a number ≥ 0, not -1',
      expect.stringMatching(/^there is no price "brokerHour" \(the prices: brokerInstanceHour, diskGbMonth, /),
      'the assumption "hoursPerMonth" must be a number ≥ 0, not "many"',
      expect.stringMatching(/^there is no assumption "__proto__" \(the assumptions: hoursPerMonth, /),
    ]);
    expect(Object.getPrototypeOf(assumptions)).toBe(Object.prototype);
  });
});
