import { describe, expect, it } from 'vitest';
import { pubsubFilterMatches } from './pubsub-filter';

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
