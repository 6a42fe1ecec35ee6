import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

/**
 * A starting Azure Service Bus topology on a Standard namespace: one topic for the domain's
 * events (duplicate detection unless at-most-once; the requested retention as its time to
 * live), a subscription per consuming service (sessions when order is asked for, dead-lettering
 * on expiry), and every subscription's dead letters forwarded to one watched queue.
 */
export function generateServicebus(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const [event] = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const ordered = request.ordering !== 'none';
  const topic = `${domain}-events`;
  const deadLetters = `${domain}-dead-letters`;
  const ttl = Math.round(request.retentionHours * 3600);

  const nodes: TemplateNode[] = [
    // Each producer's key becomes the SessionId: order holds within a session.
    ...producerNodes(request, producers, {
      retryHorizon: '2m',
    }),
    {
      kind: 'servicebus-topic',
      id: topic,
      cluster: 'sb',
      messageSchema: { name: event.schema, format: 'json-schema', version: '1' },
      ...(request.delivery !== 'at-most-once' ? { requiresDuplicateDetection: true, duplicateDetectionHistoryTimeWindowSeconds: 600 } : {}),
      ...(ttl > 0 ? { defaultMessageTimeToLiveSeconds: ttl } : {}),
    },
    ...consumers.map((c) => ({
      kind: 'servicebus-subscription',
      id: `${c}-sub`,
      cluster: 'sb',
      lockDurationSeconds: 60,
      maxDeliveryCount: 10,
      deadLetteringOnMessageExpiration: true,
      ...(ordered ? { requiresSession: true } : {}),
      depthAlert: true,
    })),
    { kind: 'servicebus-queue', id: deadLetters, cluster: 'sb', role: 'dead-letter', depthAlert: true },
    ...consumers.map((id) => ({
      kind: 'consumer-group',
      id,
      instances: request.ordering === 'strict' ? 1 : 2,
      idempotent: true,
      lagAlert: true,
      retry: { maxRetries: 3, backoff: ['10s', '60s', '600s'] },
    })),
  ];
  const connections: TemplateConnection[] = [
    ...producers.map((p) => ({ from: p, to: topic })),
    ...consumers.flatMap((c) => [
      { from: topic, to: `${c}-sub` },
      { from: `${c}-sub`, to: c },
      { from: `${c}-sub`, to: deadLetters },
    ]),
  ];
  return {
    name: `${request.useCase || domain} on Azure Service Bus`,
    notes: describeRequest(request, 'Azure Service Bus'),
    requirements: requirementsOf(request),
    clusters: [{ id: 'sb', name: 'Azure Service Bus', broker: 'servicebus', config: { sku: 'Standard' } }],
    nodes,
    connections,
  };
}
