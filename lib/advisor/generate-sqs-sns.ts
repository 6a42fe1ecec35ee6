import type { TemplateConnection, TemplateDesign, TemplateNode } from '../templates';
import { domainOf, eventNames, serviceNames } from './names';
import { producerNodes } from './producer-nodes';
import type { MessagingRequest } from './request';
import { describeRequest, requirementsOf } from './requirements-of';

const FOURTEEN_DAYS_S = 1_209_600;

/**
 * A starting SQS/SNS topology: an SNS topic fanning out to one SQS queue per
 * consuming service (a queue alone when only one service consumes); FIFO
 * with message groups and deduplication ids when order or exactly-once is
 * asked for; a redrive policy to a dead-letter queue per queue, and a
 * subscription dead-letter queue.
 */
export function generateSqsSns(request: MessagingRequest): TemplateDesign {
  const domain = domainOf(request);
  const events = eventNames(request);
  const { producers, consumers } = serviceNames(request);
  const schema = { name: events[0].schema, format: 'json-schema', version: '1', registry: true };
  const fifo = request.ordering !== 'none' || request.delivery === 'exactly-once';
  const suffix = fifo ? '.fifo' : '';
  const highThroughput = fifo && Math.max(request.throughput, request.peakThroughput ?? 0) > 3000;
  const retention = Math.min(FOURTEEN_DAYS_S, Math.max(60, Math.round(request.retentionHours * 3600)));
  const fanout = consumers.length > 1;
  const topic = `${domain}-events`;

  const queue = (id: string, props: Record<string, unknown> = {}): TemplateNode => ({
    kind: 'sqs-queue',
    id,
    name: `${id}${suffix}`,
    cluster: 'aws',
    fifo,
    highThroughputFifo: highThroughput,
    contentBasedDeduplication: false,
    visibilityTimeout: 60,
    messageRetentionPeriod: retention,
    messageSchema: schema,
    ...props,
  });
  const deadLetter = (id: string) => queue(id, { role: 'dead-letter', messageRetentionPeriod: FOURTEEN_DAYS_S, depthAlert: true, highThroughputFifo: false });

  const nodes: TemplateNode[] = [
    ...producerNodes(request, producers, {
      retryHorizon: '2m',
      sqs: { messageGroupId: request.ordering === 'strict' ? 'constant' : 'entity-id', deduplicationId: fifo },
    }),
    ...(fanout ? [{ kind: 'sns-topic', id: topic, name: `${topic}${suffix}`, cluster: 'aws', fifo, messageSchema: schema }] : []),
    ...consumers.flatMap((c) => [queue(`${c}-queue`), deadLetter(`${c}-dlq`), ...(fanout ? [{ ...deadLetter(`${c}-sns-dlq`), kmsManagedKey: 'customer-managed' }] : [])]),
    ...consumers.map((id) => ({
      kind: 'consumer-group',
      id,
      instances: request.ordering === 'strict' ? 1 : 2,
      idempotent: true,
      lagAlert: true,
      retry: { maxRetries: 3, backoff: ['1s', '10s', '60s'] },
    })),
  ];
  const connections: TemplateConnection[] = [
    ...producers.flatMap((p) => (fanout ? [{ from: p, to: topic }] : consumers.map((c) => ({ from: p, to: `${c}-queue` })))),
    ...consumers.flatMap((c) => [
      ...(fanout ? [{ from: topic, to: `${c}-queue`, queuePolicyAllowsTopic: true, rawMessageDelivery: true, deadLetterQueue: `${c}-sns-dlq` }] : []),
      { from: `${c}-queue`, to: `${c}-dlq`, maxReceiveCount: 5 },
      { from: `${c}-queue`, to: c },
    ]),
  ];
  return {
    name: `${request.useCase || domain} on SQS/SNS`,
    notes: describeRequest(request, 'SQS/SNS'),
    requirements: requirementsOf(request),
    clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns', config: { region: 'eu-west-1', accountId: '123456789012' } }],
    nodes,
    connections,
  };
}
