import { describe, expect, it } from 'vitest';
import { testRule } from '../rule-tester';
import { rewriteTopicKey } from './_binding-keys';
import { topicBindingKeySyntax } from './topic-binding-key-syntax';

const binding = (key: string, type = 'topic') => ({
  nodes: [
    { kind: 'rabbitmq-exchange', id: 'ex', type },
    { kind: 'rabbitmq-queue', id: 'q' },
  ],
  connections: [{ from: 'ex', to: 'q', routingKey: key }],
});

testRule(topicBindingKeySyntax, {
  valid: [
    { name: '*.orange.*', design: binding('*.orange.*') },
    { name: 'lazy.#', design: binding('lazy.#') },
    { name: '#', design: binding('#') },
    { name: 'a literal key', design: binding('orders.created') },
    { name: 'orders* on a direct exchange (wildcards-only-on-topic-exchange covers it)', design: binding('orders*', 'direct') },
  ],
  invalid: [
    {
      name: 'orders*',
      design: binding('orders*'),
      findings: [{ target: 'ex--q', messageIncludes: '"orders*" is not a wildcard' }],
      output: { connections: { 'ex--q': { routingKey: 'orders.*' } } },
    },
    {
      name: 'a.#b',
      design: binding('a.#b'),
      findings: [{ target: 'ex--q', messageIncludes: '"#b"' }],
      output: { connections: { 'ex--q': { routingKey: 'a.#.b' } } },
    },
    {
      name: 'doubled dot',
      design: binding('orders..created'),
      findings: [{ target: 'ex--q', messageIncludes: 'empty word' }],
      output: { connections: { 'ex--q': { routingKey: 'orders.created' } } },
    },
    {
      name: '** (no clear rewrite)',
      design: binding('**'),
      findings: [{ target: 'ex--q', messageIncludes: '"**"' }],
    },
  ],
});

describe('rewriteTopicKey', () => {
  it('splits wildcards off words and drops empty words', () => {
    expect(rewriteTopicKey('orders*')).toBe('orders.*');
    expect(rewriteTopicKey('*orders#')).toBe('*.orders.#');
    expect(rewriteTopicKey('.a.')).toBe('a');
    expect(rewriteTopicKey('a.*')).toBeUndefined();
    expect(rewriteTopicKey('a*b')).toBeUndefined();
    expect(rewriteTopicKey('..')).toBeUndefined();
  });
});
