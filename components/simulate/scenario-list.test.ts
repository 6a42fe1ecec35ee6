import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/lib/sim';
import { activeScenarios, scenarioEntries, withScenario } from './scenario-list';

describe('scenario list editing', () => {
  it('splits entries with their values and targets', () => {
    expect(scenarioEntries(' crash:5m@billing , spike:3,poison ')).toEqual([{ name: 'crash', value: '5m', target: 'billing' }, { name: 'spike', value: '3' }, { name: 'poison' }]);
  });

  it('adds a scenario to steady, replacing it, and falls back to steady when the last goes', () => {
    const one = withScenario('steady', 'spike', true, '3');
    expect(one).toBe('spike:3');
    const two = withScenario(one, 'outage', true, '10m');
    expect(two).toBe('spike:3,outage:10m');
    expect(withScenario(withScenario(two, 'spike', false), 'outage', false)).toBe('steady');
  });

  it('changes a value in place and keeps the target', () => {
    expect(withScenario('crash:5m@billing,poison', 'crash', true, '2m')).toBe('crash:2m@billing,poison');
  });

  it('writes lists the simulation reads as meant', () => {
    const text = withScenario(withScenario(withScenario('steady', 'crash', true, '5m'), 'spike', true, '4'), 'poison', true);
    const parsed = parseScenario(text, 3_600_000);
    expect(parsed.ok && parsed.steps.map((s) => [s.name, s.factor])).toEqual([
      ['crash', 1],
      ['spike', 4],
      ['poison', 1],
    ]);
    expect([...activeScenarios(text).keys()]).toEqual(['crash', 'spike', 'poison']);
  });

  it('ignores names it does not know when listing active ones (the run reports them)', () => {
    expect([...activeScenarios('steady,meteor,slow:2').keys()]).toEqual(['slow']);
  });
});
