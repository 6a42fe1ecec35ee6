import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

/**
 * A starting ActiveMQ Artemis topology in the JMS model: a topic (a multicast address named after the
 * domain) with one durable subscription queue per consuming service, redelivery with growing delays, a
 * dead-letter address with its queue. Per-key order groups messages by entity id (JMSXGroupID); strict
 * order makes each subscription queue exclusive.
 */
export function generateArtemis(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const events = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const schema = { name: events[0].schema, format: 'json-schema', version: '1', registry: true };
  const ordered = request.ordering !== 'none';
  const atMostOnce = request.delivery === 'at-most-once';
  const address = `${domain}.events`;
  const dla = `${domain}.DLA`;
  const dlq = `${domain}.DLQ`;

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      // Strict order needs one sender: instances would interleave.
      instances: request.ordering === 'strict' ? 1 : 2,
      artemis: { messageGroupId: request.ordering === 'per-key' ? 'entity-id' : 'none' },
    }),
    {
      kind: 'artemis-address',
      id: address,
      name: domain,
      cluster: 'artemis',
      routingType: 'multicast',
      settings: { 'max-delivery-attempts': 5, 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000, 'address-full-policy': 'PAGE' },
      messageSchema: schema,
    },
    ...consumers.map((c) => ({ kind: 'artemis-queue', id: `${domain}.${c}`, cluster: 'artemis', durable: true, ...(request.ordering === 'strict' ? { exclusive: true } : {}), messageSchema: schema })),
    { kind: 'artemis-address', id: dla, cluster: 'artemis', routingType: 'anycast', settings: {} },
    { kind: 'artemis-queue', id: dlq, cluster: 'artemis', durable: true, role: 'dead-letter', depthAlert: true, messageSchema: schema },
    ...consumers.map((id) => ({
      kind: 'consumer-group',
      id,
      instances: ordered ? 2 : Math.max(2, Math.min(20, Math.ceil(request.throughput / consumers.length / 1000))),
      ackMode: atMostOnce ? 'auto' : 'manual',
      idempotent: !atMostOnce,
      lagAlert: true,
    })),
  ];
  const connections: TemplateConnection[] = [
    ...producers.map((p) => ({ from: p, to: address })),
    ...consumers.flatMap((c) => [
      { from: address, to: `${domain}.${c}` },
      { from: `${domain}.${c}`, to: c },
    ]),
    { from: address, to: dla, kind: 'dead-letter' as const },
    { from: dla, to: dlq },
  ];
  return {
    name: `${request.useCase || domain} on ActiveMQ Artemis`,
    notes: `${describeRequest(request, 'ActiveMQ Artemis')} Each service reads its own durable subscription of the topic ${domain}, shared by its instances.`,
    requirements: requirementsOf(request),
    clusters: [{ id: 'artemis', name: 'ActiveMQ Artemis', broker: 'artemis', version: '2.40', nodes: 2, racks: 2 }],
    nodes,
    connections,
  };
}
