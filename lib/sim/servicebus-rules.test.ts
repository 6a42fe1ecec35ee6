import { describe, expect, it } from 'vitest';
import { servicebusRulesMatch } from './servicebus-rules';

describe('Service Bus subscription rules', () => {
  const props = { region: 'eu', tier: 'gold' };
  const sql = (sqlExpression: string) => [{ name: 'r', filterType: 'SqlFilter' as const, sqlExpression }];
  it('unset rules are $Default: every message', () => expect(servicebusRulesMatch(undefined, props)).toBe(true));
  it.each([
    ['1=1', true],
    ['1=0', false],
    ["region = 'eu'", true],
    ["user.region = 'eu'", true],
    ["region <> 'eu'", false],
    ["region = 'eu' AND tier = 'gold'", true],
    ["region = 'eu' AND missing = 'x'", false],
  ])('SqlFilter %s → %s', (expression, expected) => expect(servicebusRulesMatch(sql(expression), props)).toBe(expected));
  it('a correlation filter on application properties matches when every one is equal', () => {
    const rule = (properties: Record<string, string>) => [{ name: 'c', filterType: 'CorrelationFilter' as const, correlationFilter: { properties } }];
    expect(servicebusRulesMatch(rule({ tier: 'gold' }), props)).toBe(true);
    expect(servicebusRulesMatch(rule({ tier: 'gold', region: 'us' }), props)).toBe(false);
  });
  it('any matching rule copies the message; what it cannot read is undefined', () => {
    expect(servicebusRulesMatch([...sql('1=0'), ...sql("tier = 'gold'")], props)).toBe(true);
    expect(servicebusRulesMatch(sql("sys.label = 'x'"), props)).toBeUndefined();
    expect(servicebusRulesMatch(sql("region = 'eu' OR tier = 'x'"), props)).toBeUndefined();
  });
});
