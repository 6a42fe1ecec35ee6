import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

/** Partitions for a throughput: a partition comfortably carries a few thousand messages a second. */
function partitionsFor(throughput: number): number {
  return Math.min(64, Math.max(1, Math.ceil(throughput / 2000)));
}

/**
 * A starting Apache Pulsar topology: one persistent topic for the domain's
 * events in its own tenant and namespace (partitioned for the throughput,
 * retention for replay, a backlog quota, deduplication for exactly-once), a
 * subscription per consuming service whose type keeps the order asked for
 * (Key_Shared per key, Failover strict, Shared otherwise) with a dead letter
 * policy to one dead letter topic, read by a triage service.
 */
export function generatePulsar(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const [event] = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const namespace = { tenant: domain.replace(/[^-=:.\w]/g, '-') || 'app', namespace: 'events', cluster: 'pulsar' };
  const quota = { backlogQuotaLimitBytes: 10 * 1024 ** 3, backlogQuotaPolicy: 'producer_request_hold' };
  const topic = `${domain}-events`;
  const deadLetter = `${domain}-dead-letter`;
  const subscriptionType = request.ordering === 'per-key' ? 'Key_Shared' : request.ordering === 'strict' ? 'Failover' : 'Shared';
  const partitions = request.ordering === 'strict' ? 0 : partitionsFor(request.throughput);

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      retryHorizon: '2m',
    }),
    {
      kind: 'pulsar-topic',
      id: topic,
      ...namespace,
      partitions,
      ...quota,
      ...(request.replay ? { retentionTimeInMinutes: Math.round(request.retentionHours * 60), retentionSizeInMB: -1 } : {}),
      ...(request.delivery === 'exactly-once' ? { deduplication: true } : {}),
      messageSchema: { name: event.schema, format: 'json-schema', version: '1' },
    },
    ...consumers.map((c) => ({
      kind: 'pulsar-subscription',
      id: `${c}-sub`,
      cluster: 'pulsar',
      subscriptionType,
      subscriptionInitialPosition: 'Earliest',
      // Pulsar dead-letters from Shared and Key_Shared subscriptions only.
      ...(subscriptionType === 'Failover' ? {} : { maxRedeliverCount: 5 }),
      depthAlert: true,
    })),
    { kind: 'pulsar-topic', id: deadLetter, ...namespace, role: 'dead-letter', ...quota },
    { kind: 'pulsar-subscription', id: `${deadLetter}-sub`, cluster: 'pulsar', subscriptionType: 'Shared', subscriptionInitialPosition: 'Earliest', depthAlert: true },
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
    ...consumers.flatMap((c) => [{ from: topic, to: `${c}-sub` }, { from: `${c}-sub`, to: c }, ...(subscriptionType === 'Failover' ? [] : [{ from: `${c}-sub`, to: deadLetter }])]),
    { from: deadLetter, to: `${deadLetter}-sub` },
  ];
  return {
    name: `${request.useCase || domain} on Pulsar`,
    notes: describeRequest(request, 'Apache Pulsar'),
    requirements: requirementsOf(request),
    clusters: [{ id: 'pulsar', name: 'Pulsar', broker: 'pulsar', config: {} }],
    nodes,
    connections,
  };
}
