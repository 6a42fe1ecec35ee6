import type { TestDesignInput } from '../../design/build-design';
import type { RuleDocs } from '../rule-docs';
import { CE_SOURCES } from './_sources';

const design = (mode: string): TestDesignInput => ({
  queuewright: 2,
  nodes: [
    { kind: 'producer', id: 'orders-api', name: 'orders-api' },
    {
      kind: 'rabbitmq-exchange',
      id: 'events',
      name: 'events',
      type: 'headers',
      messageSchema: { format: 'json', envelope: { standard: 'cloudevents', mode, type: 'com.example.order.placed', source: '/orders' } },
    },
    { kind: 'rabbitmq-queue', id: 'billing', name: 'billing' },
  ],
  connections: [
    { id: 'p', kind: 'publish', from: 'orders-api', to: 'events' },
    { id: 'b', kind: 'bind', from: 'events', to: 'billing', arguments: { 'x-match': 'all', cloudEvents_type: 'com.example.order.placed' } },
  ],
});

/** The docs and examples of `cloudevents/headers-routing-in-structured-mode`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A headers exchange routes on message headers only: a binding with `x-match` and `cloudEvents_type` sends a message on when its headers carry that value. The AMQP protocol binding for CloudEvents puts the attributes in application-properties (`cloudEvents_type`, or `cloudEvents:type`) in binary mode; in structured mode the whole event is the JSON body and implementations MAY include the same properties, so they need not. A producer whose CloudEvents SDK writes structured events without copying the attributes gets none of its messages routed: they match no binding and are dropped (or go to the alternate exchange), with no error at the producer unless it publishes mandatory.',
  howToFix: 'Send the events in binary mode (the fix switches the exchange and the queues behind those bindings), or route on a routing key (a topic exchange on the type) instead of on headers.',
  sources: [CE_SOURCES.amqpBinding, CE_SOURCES.rabbitmqHeadersExchange, CE_SOURCES.rabbitmqConversions],
  examples: { failing: design('structured'), passing: design('binary') },
};
