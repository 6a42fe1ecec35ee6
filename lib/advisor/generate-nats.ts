import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

/** Hours as a JetStream duration (`168h`); at least one hour. */
function hours(h: number): string {
  return `${Math.max(1, Math.round(h))}h`;
}

/**
 * A starting NATS JetStream topology: one stream over the event subjects
 * (limits retention with max_age when consumers replay or share it,
 * work-queue retention for a single consuming service), R3, durable
 * consumers with explicit acks, backoff 1s/10s/60s, a delivery cap and a
 * dead-letter stream fed from the MAX_DELIVERIES advisory.
 */
export function generateNats(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const events = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const schema = { name: events[0].schema, format: 'json-schema', version: '1', registry: true };
  const atMostOnce = request.delivery === 'at-most-once';
  const workqueue = !request.replay && consumers.length === 1;
  const stream = domain.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
  const dlq = `${stream}_DLQ`;
  const subjects = [...new Set(events.map((e) => `${e.words[0]}.>`))];

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      nats: { jetstreamPublish: !atMostOnce, msgIdHeader: true },
    }),
    {
      kind: 'nats-stream',
      id: stream,
      cluster: 'nats',
      subjects,
      retention: workqueue ? 'workqueue' : 'limits',
      num_replicas: 3,
      max_age: hours(request.retentionHours),
      ...(workqueue ? { discard: 'new', max_bytes: 10_737_418_240 } : {}),
      messageSchema: schema,
    },
    {
      kind: 'nats-stream',
      id: dlq,
      cluster: 'nats',
      subjects: [`dlq.${domain}.>`],
      retention: 'limits',
      num_replicas: 3,
      max_age: hours(Math.max(request.retentionHours, 336)),
      role: 'dead-letter',
      depthAlert: true,
      messageSchema: schema,
    },
    ...consumers.map((id) => ({
      kind: 'consumer-group',
      id,
      instances: 2,
      idempotent: !atMostOnce,
      lagAlert: true,
      retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] },
      nats: {
        durable: true,
        ack_policy: atMostOnce ? 'none' : 'explicit',
        ack_wait: '30s',
        max_deliver: 4,
        backoff: atMostOnce ? [] : ['1s', '10s', '60s'],
        max_ack_pending: request.ordering === 'none' ? 1000 : 1,
        maxDeliveriesAdvisory: true,
        ackSync: request.delivery === 'exactly-once',
      },
    })),
  ];
  const connections: TemplateConnection[] = [
    ...producers.map((p) => ({ from: p, to: stream, subject: events[0].channel })),
    ...consumers.flatMap((c) => [
      { from: stream, to: c },
      { from: c, to: dlq, kind: 'dead-letter' as const },
    ]),
  ];
  return {
    name: `${request.useCase || domain} on NATS JetStream`,
    notes: `${describeRequest(request, 'NATS JetStream')} Subjects: ${events.map((e) => e.channel).join(', ')}.`,
    requirements: requirementsOf(request),
    clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', version: '2.10', nodes: 3, racks: 3 }],
    nodes,
    connections,
  };
}
