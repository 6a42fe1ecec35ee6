import { PUBSUB_LIMITS } from '../design/kinds/pubsub-limits';
import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

const { min: MIN_RETENTION, max: MAX_RETENTION } = PUBSUB_LIMITS.messageRetentionSeconds;

/**
 * A starting Google Cloud Pub/Sub topology: one topic for the domain's
 * events, a pull subscription per consuming service (message ordering when
 * order is asked for, exactly-once delivery when exactly-once is), each with
 * a retry policy and a dead-letter policy to one dead-letter topic, whose
 * subscription never expires; topic retention for replay.
 */
export function generatePubsub(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const [event] = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, Math.round(request.retentionHours * 3600)));
  const ordered = request.ordering !== 'none';
  const topic = `${domain}-events`;
  const deadLetter = `${domain}-dead-letter`;

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      retryHorizon: '2m',
      // Order holds only among a key's messages published in one region.
      ...(ordered ? { pubsub: { endpoint: 'regional' } } : {}),
    }),
    {
      kind: 'pubsub-topic',
      id: topic,
      cluster: 'gcp',
      messageSchema: { name: event.schema, format: 'json-schema', version: '1' },
      ...(request.replay ? { messageRetentionDuration: retention } : {}),
    },
    ...consumers.map((c) => ({
      kind: 'pubsub-subscription',
      id: `${c}-sub`,
      cluster: 'gcp',
      ackDeadlineSeconds: 60,
      messageRetentionDuration: retention,
      ...(ordered ? { enableMessageOrdering: true } : {}),
      ...(request.delivery === 'exactly-once' ? { enableExactlyOnceDelivery: true } : {}),
      maxDeliveryAttempts: 5,
      minimumBackoffSeconds: 10,
      maximumBackoffSeconds: 600,
      depthAlert: true,
    })),
    { kind: 'pubsub-topic', id: deadLetter, cluster: 'gcp', role: 'dead-letter' },
    { kind: 'pubsub-subscription', id: `${deadLetter}-sub`, cluster: 'gcp', messageRetentionDuration: MAX_RETENTION, expirationTtlSeconds: 0, depthAlert: true },
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
      { from: `${c}-sub`, to: deadLetter },
    ]),
    { from: deadLetter, to: `${deadLetter}-sub` },
  ];
  return {
    name: `${request.useCase || domain} on Pub/Sub`,
    notes: describeRequest(request, 'Google Cloud Pub/Sub'),
    requirements: requirementsOf(request),
    clusters: [{ id: 'gcp', name: 'Google Cloud', broker: 'pubsub', config: { project: 'my-project' } }],
    nodes,
    connections,
  };
}
