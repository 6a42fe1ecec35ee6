import { describe, expect, it } from 'vitest';
import { filterPolicyMatches } from './filter-policy';

describe('SNS filter policies (message-attribute scope)', () => {
  const order = { eventType: 'OrderPlaced', region: 'eu-west-1', amount: 120 };

  it('matches every key (AND), any value of a key (OR)', () => {
    expect(filterPolicyMatches('{"eventType":["OrderPlaced","OrderPaid"]}', order)).toBe(true);
    expect(filterPolicyMatches('{"eventType":["OrderPlaced"],"region":["us-east-1"]}', order)).toBe(false);
    expect(filterPolicyMatches('{"eventType":["OrderPaid"]}', order)).toBe(false);
  });

  it('operators: prefix, suffix, anything-but, exists, numeric', () => {
    expect(filterPolicyMatches('{"region":[{"prefix":"eu-"}]}', order)).toBe(true);
    expect(filterPolicyMatches('{"region":[{"suffix":"-2"}]}', order)).toBe(false);
    expect(filterPolicyMatches('{"eventType":[{"anything-but":["OrderPaid"]}]}', order)).toBe(true);
    expect(filterPolicyMatches('{"eventType":[{"anything-but":"OrderPlaced"}]}', order)).toBe(false);
    expect(filterPolicyMatches('{"coupon":[{"exists":false}]}', order)).toBe(true);
    expect(filterPolicyMatches('{"coupon":[{"exists":true}]}', order)).toBe(false);
    expect(filterPolicyMatches('{"amount":[{"numeric":[">",100,"<=",200]}]}', order)).toBe(true);
    expect(filterPolicyMatches('{"amount":[{"numeric":["<",100]}]}', order)).toBe(false);
  });

  it('a message without the attribute matches no value of it', () => {
    expect(filterPolicyMatches('{"eventType":["OrderPlaced"]}', {})).toBe(false);
  });

  it('says it cannot tell (undefined) for what it cannot read, rather than guessing', () => {
    expect(filterPolicyMatches('{not json', order)).toBeUndefined();
    expect(filterPolicyMatches('["OrderPlaced"]', order)).toBeUndefined();
    expect(filterPolicyMatches('{"eventType":[{"wildcard":"Order*"}]}', order)).toBeUndefined();
    expect(filterPolicyMatches('{"amount":[{"numeric":["~",1]}]}', order)).toBeUndefined();
  });
});
