import { testRule } from '../rule-tester';
import { unroutablePath } from './unroutable-path';

const topic = (publishKey: string | undefined, bindKey: string, producer: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'producer', id: 'api', ...producer },
    { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
    { kind: 'rabbitmq-queue', id: 'billing' },
  ],
  connections: [
    { from: 'api', to: 'orders', ...(publishKey === undefined ? {} : { routingKey: publishKey }) },
    { from: 'orders', to: 'billing', routingKey: bindKey },
  ],
});

testRule(unroutablePath, {
  valid: [
    { name: 'tutorial 5: lazy.orange.elephant reaches *.orange.*', design: topic('lazy.orange.elephant', '*.orange.*') },
    { name: '# catches everything, even no key', design: topic(undefined, '#') },
    { name: 'mandatory publisher handles returns', design: topic('quick.brown.fox', '*.orange.*', { rabbitmq: { mandatory: true } }) },
    {
      name: 'publishing to a queue (default exchange)',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [{ from: 'api', to: 'q' }],
      },
    },
    {
      name: 'an alternate exchange with a bound queue catches the rest',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'orders', type: 'direct' },
          { kind: 'rabbitmq-exchange', id: 'ae', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'unrouted' },
        ],
        connections: [
          { from: 'api', to: 'orders', routingKey: 'x' },
          { from: 'orders', to: 'ae', kind: 'alternate' },
          { from: 'ae', to: 'unrouted' },
        ],
      },
    },
    {
      name: 'headers exchange match',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'h', type: 'headers' },
          { kind: 'rabbitmq-queue', id: 'pdf' },
        ],
        connections: [
          { from: 'api', to: 'h', arguments: { format: 'pdf' } },
          { from: 'h', to: 'pdf', arguments: { 'x-match': 'any', format: 'pdf', type: 'log' } },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'tutorial 5: quick.brown.fox matches no binding',
      design: topic('quick.brown.fox', '*.orange.*'),
      findings: [{ target: 'api--orders', messageIncludes: 'routing key "quick.brown.fox"' }],
      output: {
        nodes: { 'orders.unrouted': { kind: 'rabbitmq-exchange', type: 'fanout' }, 'orders.unrouted-2': { kind: 'rabbitmq-queue', role: 'dead-letter', depthAlert: true } },
        connections: { 'orders--orders.unrouted': { kind: 'alternate' } },
      },
    },
    {
      name: 'orders* is a literal, not a wildcard',
      design: topic('orders.created', 'orders*'),
      findings: [{ target: 'api--orders', messageIncludes: 'reaches no queue' }],
    },
    {
      name: 'the alternate exchange routes nowhere either',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'rabbitmq-exchange', id: 'orders', type: 'direct' },
          { kind: 'rabbitmq-exchange', id: 'ae', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [
          { from: 'api', to: 'orders', routingKey: 'x' },
          { from: 'orders', to: 'ae', kind: 'alternate' },
          { from: 'ae', to: 'q', routingKey: 'y' },
        ],
      },
      findings: [{ target: 'api--orders', messageIncludes: 'alternate exchange "ae"' }],
    },
    {
      name: 'a fanout exchange with no bindings',
      design: {
        nodes: [
          { kind: 'consumer-group', id: 'enricher' },
          { kind: 'rabbitmq-exchange', id: 'out', type: 'fanout' },
        ],
        connections: [{ from: 'enricher', to: 'out' }],
      },
      findings: [{ target: 'enricher--out', messageIncludes: 'any routing key' }],
    },
  ],
});
