import { describe, expect, it } from 'vitest';
import { testRule } from '../rule-tester';
import { hasReverseDnsPrefix, typeReverseDns } from './type-reverse-dns';

const withType = (kind: string, type: string) => ({ kind, id: 'c', messageSchema: { format: 'json', envelope: { standard: 'cloudevents', mode: 'structured', type, source: '/orders' } } });

testRule(typeReverseDns, {
  valid: [
    { name: 'a reverse-DNS type', design: { nodes: [withType('kafka-topic', 'com.example.order.placed')] } },
    {
      name: "the specification's own examples",
      design: { nodes: [withType('sqs-queue', 'com.github.pull_request.opened'), { ...withType('nats-stream', 'com.example.object.deleted.v2'), id: 'd' }] },
    },
    { name: 'a channel without an envelope', design: { nodes: [{ kind: 'kafka-topic', id: 'c', messageSchema: { format: 'cloudevents', name: 'OrderPlaced' } }] } },
  ],
  invalid: [
    { name: 'a type with no dot', design: { nodes: [withType('kafka-topic', 'OrderPlaced')] }, findings: [{ target: 'c', messageIncludes: '"OrderPlaced", which has no reverse-DNS prefix' }] },
    { name: 'a type of two segments', design: { nodes: [withType('rabbitmq-exchange', 'order.placed')] }, findings: [{ target: 'c' }] },
  ],
});

describe('hasReverseDnsPrefix', () => {
  it.each(['com.example.x', 'io.cloudevents.test', 'de.otto.events.checkout.payment-received.v1', 'xn--bcher-kva.example.x', 'COM.Example.Thing'])('accepts %s', (type) => {
    expect(hasReverseDnsPrefix(type)).toBe(true);
  });
  it.each(['OrderPlaced', 'order.placed', 'orders-v1.created.x', '1com.example.x', 'com..x', 'com.example.', '.com.example.x', 'com.-bad.x'])('refuses %s', (type) => {
    expect(hasReverseDnsPrefix(type)).toBe(false);
  });
});
