import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from './rule';
import { computeScore } from './score';

const finding = (severity: Severity, n = 0): Finding => ({ ruleId: `core/r${n}`, severity, category: 'delivery', message: 'm', target: { type: 'design' } });
const many = (severity: Severity, count: number) => Array.from({ length: count }, (_, i) => finding(severity, i));

describe('computeScore', () => {
  it('puts every design with an error below every design without one', () => {
    const worstWithoutError = computeScore([...many('warning', 200), ...many('info', 200)]).overall;
    const bestWithError = computeScore([finding('error')]).overall;
    expect(bestWithError).toBeLessThan(worstWithoutError);
    expect(worstWithoutError).toBe(70);
    expect(bestWithError).toBe(69);
  });

  it('scores a design with no error or warning at least 95', () => {
    expect(computeScore([]).overall).toBe(100);
    expect(computeScore(many('info', 3)).overall).toBe(97);
    expect(computeScore(many('info', 50)).overall).toBe(95);
  });

  it('lowers the score with each further finding within its band', () => {
    expect(computeScore(many('warning', 1)).overall).toBe(94);
    expect(computeScore(many('warning', 3)).overall).toBe(88);
    expect(computeScore([...many('error', 2), finding('warning', 9)]).overall).toBe(56);
    expect(computeScore(many('error', 50)).overall).toBe(0);
  });

  it('does not count accepted risks or internal errors', () => {
    const accepted = { ...finding('error'), accepted: { reason: 'known' } };
    const internal = { ...finding('error'), ruleId: 'internal-error' };
    expect(computeScore([accepted, internal]).overall).toBe(100);
  });

  it('says in one line why the score is what it is', () => {
    expect(computeScore([finding('error'), finding('warning', 1)]).explanation).toBe('1 error keeps the score below 70; the other findings lower it to 66.');
    expect(computeScore([finding('error')]).explanation).toBe('1 error keeps the score below 70.');
    expect(computeScore(many('warning', 2)).explanation).toBe('No errors; 2 warnings put the score at 91 (70–94 with warnings).');
    expect(computeScore(many('info', 1)).explanation).toBe('No errors or warnings: 99, 1 info finding of advice.');
    expect(computeScore([]).explanation).toBe('No findings: nothing to improve.');
  });
});
