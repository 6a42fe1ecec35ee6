import { describe, expect, it } from 'vitest';
import { EndpointAllowList } from './endpoint-allow-list';

function list(text: string) {
  const parsed = EndpointAllowList.parse(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.list;
}

describe('EndpointAllowList', () => {
  const allow = list('10.20.0.0/16:9092-9094, 192.0.2.7:15672 [fd00::/64]:9092 kafka-1.prod.internal:9092 *.kafka.internal');

  it.each([
    ['kafka-1', '10.20.3.4', 9093, true],
    ['kafka-1', '10.20.3.4', 9095, false],
    ['kafka-1', '10.21.3.4', 9092, false],
    ['rabbit', '192.0.2.7', 15672, true],
    ['rabbit', '192.0.2.8', 15672, false],
    ['v6', 'fd00::1234', 9092, true],
    ['v6', 'fd01::1', 9092, false],
    ['mapped', '::ffff:10.20.0.1', 9092, true],
    ['kafka-1.prod.internal', '203.0.113.9', 9092, true],
    ['KAFKA-1.prod.internal.', '203.0.113.9', 9092, true],
    ['kafka-1.prod.internal', '203.0.113.9', 9093, false],
    ['b-3.kafka.internal', '198.51.100.1', 1234, true],
    ['kafka.internal', '198.51.100.1', 1234, false],
    ['evil.example', '169.254.169.254', 80, false],
  ])('connecting to %s at %s:%d: %s', (host, address, port, allowed) => {
    expect(allow.allowsConnection(host, address, port)).toBe(allowed);
  });

  it('judges a name before resolving only by what could match it', () => {
    expect(allow.mayReach('anything.example', 9092)).toBe(true);
    expect(allow.mayReach('anything.example', 22)).toBe(false);
    expect(allow.mayReach('x.kafka.internal', 22)).toBe(true);
    expect(allow.mayReach('10.99.0.1', 9092)).toBe(false);
  });

  it.each(['10.0.0.0/33', '10.0.0.1:0', '10.0.0.1:9094-9092', 'http://x', '-bad-.example', '[fd00::1', ''])('refuses the entry %j, naming it', (entry) => {
    const parsed = EndpointAllowList.parse(`127.0.0.1 ${entry || ','}`);
    if (entry === '') expect(parsed.ok && parsed.list.empty).toBe(false);
    else expect(parsed).toMatchObject({ ok: false, message: expect.stringContaining('entry 2') });
  });

  it('is empty (the feature off) when unset', () => {
    expect(list('').empty).toBe(true);
    expect(list(' , ').empty).toBe(true);
  });

  it('and: allows only what both lists allow (apply: the live list and the apply list)', () => {
    const both = list('10.0.0.0/8 rabbit.internal:15672').and(list('10.0.0.7 *.internal'));
    expect(both.allowsConnection('10.0.0.7', '10.0.0.7', 15672)).toBe(true);
    expect(both.allowsConnection('10.0.0.8', '10.0.0.8', 15672)).toBe(false);
    expect(both.mayReach('rabbit.internal', 15672)).toBe(true);
    expect(both.mayReach('10.0.0.8', 15672)).toBe(false);
    expect(list('10.0.0.0/8').and(list('rabbit.internal')).mayReach('other.example', 15672)).toBe(false);
  });
});
