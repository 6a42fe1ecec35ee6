import { testRule } from '../rule-tester';
import { headersRoutingInStructuredMode } from './headers-routing-in-structured-mode';

const envelope = (mode: string) => ({ standard: 'cloudevents', mode, type: 'com.example.order.placed', source: '/orders' });
const exchange = (mode: string, type = 'headers') => ({ kind: 'rabbitmq-exchange', id: 'ex', type, messageSchema: { format: 'json', envelope: envelope(mode) } });
const queue = (id: string, mode?: string) => ({ kind: 'rabbitmq-queue', id, ...(mode ? { messageSchema: { format: 'json', envelope: envelope(mode) } } : {}) });
const bind = (to: string, args: Record<string, string>) => ({ from: 'ex', to, kind: 'bind' as const, arguments: args });

testRule(headersRoutingInStructuredMode, {
  valid: [
    {
      name: 'binary mode sets the headers it routes on',
      design: { nodes: [exchange('binary'), queue('q')], connections: [bind('q', { 'x-match': 'all', cloudEvents_type: 'com.example.order.placed' })] },
    },
    { name: 'a headers exchange routing on headers of its own', design: { nodes: [exchange('structured'), queue('q')], connections: [bind('q', { 'x-match': 'any', region: 'eu' })] } },
    {
      name: 'a topic exchange (routes on the routing key)',
      design: { nodes: [exchange('structured', 'topic'), queue('q')], connections: [{ from: 'ex', to: 'q', kind: 'bind' as const, routingKey: 'orders.#' }] },
    },
    {
      name: 'a headers exchange without an envelope',
      design: { nodes: [{ kind: 'rabbitmq-exchange', id: 'ex', type: 'headers' }, queue('q')], connections: [bind('q', { 'cloudEvents:type': 'x' })] },
    },
  ],
  invalid: [
    {
      name: 'structured mode, routing on cloudEvents_type; the fix switches the exchange and its structured queue',
      design: {
        nodes: [exchange('structured'), queue('q', 'structured'), queue('other')],
        connections: [bind('q', { 'x-match': 'all', cloudEvents_type: 'com.example.order.placed' }), bind('other', { region: 'eu' })],
      },
      findings: [{ target: 'ex', messageIncludes: 'routes on "cloudEvents_type"' }],
      output: { nodes: { ex: { messageSchema: { envelope: { mode: 'binary' } } }, q: { messageSchema: { envelope: { mode: 'binary' } } } } },
    },
    {
      name: 'the colon prefix of the 1.0.2 binding',
      design: { nodes: [exchange('structured'), queue('q')], connections: [bind('q', { 'cloudEvents:type': 'com.example.order.placed', 'cloudEvents:source': '/orders' })] },
      findings: [{ target: 'ex', messageIncludes: '"cloudEvents:type", "cloudEvents:source"' }],
    },
  ],
});
