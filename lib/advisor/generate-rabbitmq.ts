import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

/**
 * A starting RabbitMQ topology: a topic exchange named after the domain,
 * one quorum queue per consuming service bound to the event keys, a
 * dead-letter exchange and queue, publisher confirms and persistent
 * messages, manual acks with a bounded prefetch; per-key or strict ordering
 * gets a single active consumer per queue.
 */
export function generateRabbitmq(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const events = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const schema = { name: events[0].schema, format: 'json-schema', version: '1', registry: true };
  const ordered = request.ordering !== 'none';
  const atMostOnce = request.delivery === 'at-most-once';
  const exchange = `${domain}.exchange`;
  const dlx = `${domain}.dlx`;
  const dlq = `${domain}.dlq`;
  const prefixes = [...new Set(events.map((e) => e.words[0]))];
  const keys = [...new Set(events.map((e) => e.channel))];

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      // Strict order needs one publishing channel: instances would interleave.
      instances: request.ordering === 'strict' ? 1 : 2,
      rabbitmq: { confirms: !atMostOnce, persistent: !atMostOnce, mandatory: true },
    }),
    { kind: 'rabbitmq-exchange', id: exchange, name: domain, type: 'topic', cluster: 'rabbitmq', messageSchema: schema },
    ...consumers.map((c) => ({
      kind: 'rabbitmq-queue',
      id: `${c}.${domain}`,
      cluster: 'rabbitmq',
      type: 'quorum',
      arguments: { 'x-delivery-limit': 20, ...(ordered ? { 'x-single-active-consumer': true } : {}) },
      messageSchema: schema,
    })),
    { kind: 'rabbitmq-exchange', id: dlx, type: 'fanout', cluster: 'rabbitmq', messageSchema: schema },
    { kind: 'rabbitmq-queue', id: dlq, cluster: 'rabbitmq', type: 'quorum', role: 'dead-letter', depthAlert: true, messageSchema: schema },
    ...consumers.map((id) => ({
      kind: 'consumer-group',
      id,
      instances: ordered ? 2 : Math.max(2, Math.min(20, Math.ceil(request.throughput / consumers.length / 1000))),
      prefetch: 50,
      ackMode: atMostOnce ? 'auto' : 'manual',
      idempotent: !atMostOnce,
      lagAlert: true,
      retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] },
    })),
  ];
  const connections: TemplateConnection[] = [
    // Every named event is published, so every binding key (one per event prefix) matches a routing key.
    ...producers.map((p) => (keys.length === 1 ? { from: p, to: exchange, routingKey: keys[0] } : { from: p, to: exchange, routingKeys: keys })),
    ...consumers.flatMap((c) => [
      ...prefixes.map((prefix) => ({ from: exchange, to: `${c}.${domain}`, routingKey: `${prefix}.#` })),
      { from: `${c}.${domain}`, to: c },
      { from: `${c}.${domain}`, to: dlx, kind: 'dead-letter' as const },
    ]),
    { from: dlx, to: dlq },
  ];
  return {
    name: `${request.useCase || domain} on RabbitMQ`,
    notes: `${describeRequest(request, 'RabbitMQ')} Events are published with routing keys ${events.map((e) => e.channel).join(', ')}.`,
    requirements: requirementsOf(request),
    clusters: [{ id: 'rabbitmq', name: 'RabbitMQ', broker: 'rabbitmq', version: '4.1', nodes: 3, racks: 3 }],
    nodes,
    connections,
  };
}
