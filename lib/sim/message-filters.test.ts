import { describe, expect, it } from 'vitest';
import { pubsubFilterMatches } from './pubsub-filter';
import { servicebusRulesMatch } from './servicebus-rules';

describe('Pub/Sub subscription filters', () => {
  const attrs = { region: 'eu', kind: 'order.created' };
  it.each([
    ['attributes.region = "eu"', true],
    ['attributes.region = "us"', false],
    ['attributes.region != "us"', true],
    ['attributes:region', true],
    ['NOT attributes:tier', true],
    ['-attributes:region', false],
    ['hasPrefix(attributes.kind, "order.")', true],
    ['attributes.region = "eu" AND attributes.kind = "order.created"', true],
    ['attributes.region = "us" AND attributes.kind = "order.created"', false],
    ['attributes.region = "us" OR attributes:kind', true],
  ])('%s → %s', (filter, expected) => expect(pubsubFilterMatches(filter, attrs)).toBe(expected));

  it('does not guess at what it does not read (mixed AND/OR, parentheses, other functions)', () => {
    expect(pubsubFilterMatches('attributes:a AND attributes:b OR attributes:c', attrs)).toBeUndefined();
    expect(pubsubFilterMatches('(attributes:a OR attributes:b) AND attributes:c', attrs)).toBeUndefined();
    expect(pubsubFilterMatches('hasSuffix(attributes.kind, "created")', attrs)).toBeUndefined();
  });
});

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
