import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { deadLetterTargets, directMatches, headersMatch, routeMessage, topicMatches, topicWords, traceRoute, validHeadersBinding } from './routing';

describe('topicWords', () => {
  it('splits on dots, keeping empty words, and gives the empty key no words', () => {
    expect(topicWords('')).toEqual([]);
    expect(topicWords('a')).toEqual(['a']);
    expect(topicWords('a..b')).toEqual(['a', '', 'b']);
    expect(topicWords('a.')).toEqual(['a', '']);
    expect(topicWords('.')).toEqual(['', '']);
  });
});

describe('topicMatches', () => {
  // RabbitMQ tutorial 5: Q1 is bound with *.orange.*, Q2 with *.*.rabbit and lazy.#.
  const q1 = ['*.orange.*'];
  const q2 = ['*.*.rabbit', 'lazy.#'];
  const reaches = (keys: string[], routingKey: string) => keys.some((k) => topicMatches(k, routingKey));
  it.each([
    ['quick.orange.rabbit', true, true],
    ['lazy.orange.elephant', true, true],
    ['quick.orange.fox', true, false],
    ['lazy.brown.fox', false, true],
    ['lazy.pink.rabbit', false, true],
    ['quick.brown.fox', false, false],
    ['orange', false, false],
    ['quick.orange.new.rabbit', false, false],
    ['lazy.orange.new.rabbit', false, true],
    ['quick.orange.male.rabbit', false, false],
  ])('tutorial 5: %s reaches Q1=%s Q2=%s', (routingKey, toQ1, toQ2) => {
    expect(reaches(q1, routingKey)).toBe(toQ1);
    expect(reaches(q2, routingKey)).toBe(toQ2);
  });

  it('matches the exchange docs and tutorial 4 style keys', () => {
    expect(topicMatches('*.log', 'app.log')).toBe(true);
    expect(topicMatches('*.log', 'log')).toBe(false);
    expect(topicMatches('#.error', 'kern.disk.error')).toBe(true);
    expect(topicMatches('kern.*', 'kern.critical')).toBe(true);
    expect(topicMatches('*.critical', 'kern.critical')).toBe(true);
    expect(topicMatches('*.critical', 'kern.disk.critical')).toBe(false);
  });

  it('lets # match zero words anywhere', () => {
    expect(topicMatches('#.error', 'error')).toBe(true);
    expect(topicMatches('a.#.b', 'a.b')).toBe(true);
    expect(topicMatches('a.#.b', 'a.x.y.b')).toBe(true);
    expect(topicMatches('a.#.b', 'a.x.y.c')).toBe(false);
    expect(topicMatches('a.#', 'a')).toBe(true);
    expect(topicMatches('#.#', 'a.b.c')).toBe(true);
    expect(topicMatches('#.*', '')).toBe(false);
    expect(topicMatches('#.*', 'a')).toBe(true);
  });

  it('handles the empty routing key', () => {
    expect(topicMatches('#', '')).toBe(true);
    expect(topicMatches('#.#', '')).toBe(true);
    expect(topicMatches('', '')).toBe(true);
    expect(topicMatches('*', '')).toBe(false);
    expect(topicMatches('', 'a')).toBe(false);
    expect(topicMatches('#', 'anything.at.all')).toBe(true);
  });

  it('treats empty words as words', () => {
    expect(topicMatches('*', '.')).toBe(false);
    expect(topicMatches('*.*', '.')).toBe(true);
    expect(topicMatches('a.*.b', 'a..b')).toBe(true);
    expect(topicMatches('a.*', 'a.')).toBe(true);
    expect(topicMatches('a', 'a.')).toBe(false);
  });

  it('treats * and # inside a word as literals', () => {
    expect(topicMatches('orders*', 'orders.created')).toBe(false);
    expect(topicMatches('orders*', 'orders')).toBe(false);
    expect(topicMatches('orders*', 'orders*')).toBe(true);
    expect(topicMatches('a.#b', 'a.x.b')).toBe(false);
    expect(topicMatches('a.#b', 'a.#b')).toBe(true);
    expect(topicMatches('**', 'ab')).toBe(false);
  });

  it('answers with many # words (a backtracking matcher would never return: the test times out instead)', () => {
    const key = Array.from({ length: 60 }, () => '#').join('.') + '.z';
    const routing = Array.from({ length: 200 }, () => 'a').join('.');
    expect(topicMatches(key, routing)).toBe(false);
  }, 10_000);
});

describe('directMatches', () => {
  it('compares keys exactly, wildcards included', () => {
    expect(directMatches('orders', 'orders')).toBe(true);
    expect(directMatches('orders.*', 'orders.created')).toBe(false);
    expect(directMatches('', '')).toBe(true);
  });
});

describe('headersMatch', () => {
  it('x-match=all (the default) needs every non-x- argument present and equal', () => {
    expect(headersMatch({ 'x-match': 'all', format: 'pdf', type: 'report' }, { format: 'pdf', type: 'report', extra: 1 })).toBe(true);
    expect(headersMatch({ 'x-match': 'all', format: 'pdf', type: 'report' }, { format: 'pdf' })).toBe(false);
    expect(headersMatch({ format: 'pdf', type: 'report' }, { format: 'pdf', type: 'log' })).toBe(false);
    expect(headersMatch({ format: 'pdf' }, { format: 'pdf' })).toBe(true);
  });

  it('x-match=any needs one argument present and equal', () => {
    expect(headersMatch({ 'x-match': 'any', format: 'pdf', type: 'report' }, { type: 'report' })).toBe(true);
    expect(headersMatch({ 'x-match': 'any', format: 'pdf', type: 'report' }, { type: 'log' })).toBe(false);
    expect(headersMatch({ 'x-match': 'any', format: 'pdf' }, undefined)).toBe(false);
  });

  it('with nothing to compare, all matches every message and any none', () => {
    expect(headersMatch({ 'x-match': 'all' }, {})).toBe(true);
    expect(headersMatch(undefined, { a: 1 })).toBe(true);
    expect(headersMatch({ 'x-match': 'any' }, { a: 1 })).toBe(false);
  });

  it('ignores x- arguments except with the -with-x variants', () => {
    expect(headersMatch({ 'x-match': 'all', 'x-tenant': 'a', format: 'pdf' }, { format: 'pdf' })).toBe(true);
    expect(headersMatch({ 'x-match': 'any', 'x-tenant': 'a' }, { 'x-tenant': 'a' })).toBe(false);
    expect(headersMatch({ 'x-match': 'all-with-x', 'x-tenant': 'a', format: 'pdf' }, { format: 'pdf' })).toBe(false);
    expect(headersMatch({ 'x-match': 'all-with-x', 'x-tenant': 'a', format: 'pdf' }, { format: 'pdf', 'x-tenant': 'a' })).toBe(true);
    expect(headersMatch({ 'x-match': 'any-with-x', 'x-tenant': 'a' }, { 'x-tenant': 'a' })).toBe(true);
    expect(headersMatch({ 'x-match': 'any-with-x', 'x-tenant': 'a' }, { 'x-tenant': 'b' })).toBe(false);
  });

  it('never compares x-match itself, even with -with-x', () => {
    expect(headersMatch({ 'x-match': 'all-with-x' }, {})).toBe(true);
    expect(headersMatch({ 'x-match': 'any-with-x' }, { 'x-match': 'any-with-x' })).toBe(false);
  });

  it('compares values by type', () => {
    expect(headersMatch({ n: 1 }, { n: 1 })).toBe(true);
    expect(headersMatch({ n: 1 }, { n: '1' })).toBe(false);
    expect(headersMatch({ flag: true }, { flag: 'true' })).toBe(false);
  });

  it('refuses an invalid x-match, as the broker refuses the binding', () => {
    expect(validHeadersBinding({ 'x-match': 'some' })).toBe(false);
    expect(validHeadersBinding({ 'x-match': 'any-with-x' })).toBe(true);
    expect(validHeadersBinding({ a: 1 })).toBe(true);
    expect(headersMatch({ 'x-match': 'some' }, {})).toBe(false);
  });
});

const q = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'rabbitmq-queue', id, ...extra });
const x = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ kind: 'rabbitmq-exchange', id, type, ...extra });

describe('routeMessage', () => {
  const tutorial5 = makeDesign({
    nodes: [x('topic_logs', 'topic'), q('q1'), q('q2')],
    connections: [
      { from: 'topic_logs', to: 'q1', routingKey: '*.orange.*' },
      { from: 'topic_logs', to: 'q2', routingKey: '*.*.rabbit' },
      { from: 'topic_logs', to: 'q2', routingKey: 'lazy.#' },
    ],
  });

  it('routes tutorial 5 messages to the right queues, each queue once', () => {
    const route = (key: string) => [...routeMessage(tutorial5, 'topic_logs', key)].sort();
    expect(route('quick.orange.rabbit')).toEqual(['q1', 'q2']);
    expect(route('lazy.orange.elephant')).toEqual(['q1', 'q2']);
    expect(route('quick.orange.fox')).toEqual(['q1']);
    expect(route('lazy.brown.fox')).toEqual(['q2']);
    expect(route('lazy.pink.rabbit')).toEqual(['q2']);
    expect(route('quick.brown.fox')).toEqual([]);
    expect(route('orange')).toEqual([]);
    expect(route('quick.orange.new.rabbit')).toEqual([]);
    expect(route('lazy.orange.new.rabbit')).toEqual(['q2']);
  });

  it('routes tutorial 4 (direct) by exact key, several queues per key', () => {
    const design = makeDesign({
      nodes: [x('direct_logs', 'direct'), q('errors'), q('all')],
      connections: [
        { from: 'direct_logs', to: 'errors', routingKey: 'error' },
        { from: 'direct_logs', to: 'all', routingKey: 'error' },
        { from: 'direct_logs', to: 'all', routingKey: 'info' },
        { from: 'direct_logs', to: 'all', routingKey: 'warning' },
      ],
    });
    expect([...routeMessage(design, 'direct_logs', 'error')].sort()).toEqual(['all', 'errors']);
    expect([...routeMessage(design, 'direct_logs', 'info')]).toEqual(['all']);
    expect([...routeMessage(design, 'direct_logs', 'debug')]).toEqual([]);
  });

  it('routes a fanout to every bound queue whatever the key, and a headers exchange by headers', () => {
    const design = makeDesign({
      nodes: [x('fan', 'fanout'), x('hdr', 'headers'), q('a'), q('b'), q('pdf'), q('any')],
      connections: [
        { from: 'fan', to: 'a', routingKey: 'ignored' },
        { from: 'fan', to: 'b' },
        { from: 'hdr', to: 'pdf', arguments: { 'x-match': 'all', format: 'pdf', type: 'report' } },
        { from: 'hdr', to: 'any', arguments: { 'x-match': 'any', format: 'pdf', type: 'log' } },
      ],
    });
    expect([...routeMessage(design, 'fan', 'whatever')].sort()).toEqual(['a', 'b']);
    expect([...routeMessage(design, 'hdr', '', { format: 'pdf', type: 'report' })].sort()).toEqual(['any', 'pdf']);
    expect([...routeMessage(design, 'hdr', '', { type: 'log' })]).toEqual(['any']);
    expect([...routeMessage(design, 'hdr', 'pdf')]).toEqual([]);
  });

  it('follows exchange-to-exchange bindings', () => {
    const design = makeDesign({
      nodes: [x('front', 'topic'), x('billing', 'direct'), q('invoices'), q('audit')],
      connections: [
        { from: 'front', to: 'billing', routingKey: 'billing.#' },
        { from: 'billing', to: 'invoices', routingKey: 'billing.invoice' },
        { from: 'front', to: 'audit', routingKey: '#' },
      ],
    });
    expect([...routeMessage(design, 'front', 'billing.invoice')].sort()).toEqual(['audit', 'invoices']);
    expect([...routeMessage(design, 'front', 'billing.refund')]).toEqual(['audit']);
  });

  it('uses the alternate exchange only when nothing matches, and follows its own alternate', () => {
    const design = makeDesign({
      nodes: [x('orders', 'direct'), x('ae', 'direct'), x('ae2', 'fanout'), q('created'), q('known'), q('unroutable')],
      connections: [
        { from: 'orders', to: 'created', routingKey: 'created' },
        { from: 'orders', to: 'ae', kind: 'alternate' },
        { from: 'ae', to: 'known', routingKey: 'cancelled' },
        { from: 'ae', to: 'ae2', kind: 'alternate' },
        { from: 'ae2', to: 'unroutable' },
      ],
    });
    expect([...routeMessage(design, 'orders', 'created')]).toEqual(['created']);
    expect([...routeMessage(design, 'orders', 'cancelled')]).toEqual(['known']);
    expect([...routeMessage(design, 'orders', 'other')]).toEqual(['unroutable']);
    expect(traceRoute(design, 'orders', 'other').alternatesUsed).toEqual(['ae', 'ae2']);
  });

  it('does not use the alternate exchange when a binding matched an exchange that routes nowhere', () => {
    const design = makeDesign({
      nodes: [x('front', 'topic'), x('inner', 'direct'), x('ae', 'fanout'), q('catch')],
      connections: [
        { from: 'front', to: 'inner', routingKey: '#' },
        { from: 'front', to: 'ae', kind: 'alternate' },
        { from: 'ae', to: 'catch' },
      ],
    });
    expect([...routeMessage(design, 'front', 'anything')]).toEqual([]);
  });

  it('visits each exchange once in a cycle of exchange bindings', () => {
    const design = makeDesign({
      nodes: [x('a', 'fanout'), x('b', 'fanout'), q('out')],
      connections: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'b', to: 'out' },
      ],
    });
    expect([...routeMessage(design, 'a', 'k')]).toEqual(['out']);
    expect(traceRoute(design, 'a', 'k').exchanges).toEqual(['a', 'b']);
  });

  it('stops at alternate-exchange cycles', () => {
    const design = makeDesign({
      nodes: [x('a', 'direct'), x('b', 'direct')],
      connections: [
        { from: 'a', to: 'b', kind: 'alternate' },
        { from: 'b', to: 'a', kind: 'alternate' },
      ],
    });
    expect([...routeMessage(design, 'a', 'k')]).toEqual([]);
  });

  it('delivers a publish to a queue node (the default exchange) to that queue', () => {
    const design = makeDesign({ nodes: [q('jobs')] });
    expect([...routeMessage(design, 'jobs', 'anything')]).toEqual(['jobs']);
    expect([...routeMessage(design, 'missing', 'anything')]).toEqual([]);
  });

  it('routes a message with several routing keys (CC) to the union', () => {
    expect([...routeMessage(tutorial5, 'topic_logs', ['quick.orange.fox', 'lazy.x'])].sort()).toEqual(['q1', 'q2']);
  });
});

describe('deadLetterTargets', () => {
  const design = makeDesign({
    nodes: [
      q('work'),
      q('retry'),
      q('no-dlx'),
      q('policy-dlx', { policy: { 'dead-letter-exchange': 'dlx' } }),
      q('default-dlx', { policy: { 'dead-letter-exchange': '', 'dead-letter-routing-key': 'parking' } }),
      x('dlx', 'direct'),
      q('dlq', { role: 'dead-letter' }),
      q('parking', { role: 'dead-letter' }),
    ],
    connections: [
      { from: 'work', to: 'dlx', kind: 'dead-letter' },
      { from: 'retry', to: 'dlx', kind: 'dead-letter', routingKey: 'parked' },
      { from: 'dlx', to: 'dlq', routingKey: 'orders.created' },
      { from: 'dlx', to: 'parking', routingKey: 'parked' },
    ],
  });

  it('keeps the original routing keys without a dead-letter routing key', () => {
    expect([...deadLetterTargets(design, 'work', ['orders.created'])]).toEqual(['dlq']);
    expect([...deadLetterTargets(design, 'work', ['orders.cancelled'])]).toEqual([]);
  });

  it('replaces the keys with the dead-letter routing key', () => {
    expect([...deadLetterTargets(design, 'retry', ['orders.created'])]).toEqual(['parking']);
  });

  it('finds the DLX named by a policy, and the default exchange', () => {
    expect([...deadLetterTargets(design, 'policy-dlx', ['orders.created'])]).toEqual(['dlq']);
    expect([...deadLetterTargets(design, 'default-dlx', ['orders.created'])]).toEqual(['parking']);
  });

  it('is empty without a DLX', () => {
    expect([...deadLetterTargets(design, 'no-dlx', ['orders.created'])]).toEqual([]);
  });
});
