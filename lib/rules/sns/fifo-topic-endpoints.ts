import { connect, indexGraph, nodeSchema, removeElements, slugify, uniqueId, type Design } from '../../design';
import { defineRule } from '../rule';
import { isLambda, LAMBDA_VISIBILITY_MULTIPLIER } from '../sqs/_lambda';
import { baseName, queueName } from '../sqs/_queue-name';
import { subscriptions } from './_subscriptions';

/**
 * Replaces a FIFO topic's direct subscription of a service with topic → SQS
 * FIFO queue → service: the shape AWS documents for Lambda behind a FIFO topic.
 * The subscription's filter, raw delivery and dead-letter settings move to
 * the queue subscription.
 */
function routeThroughFifoQueue(design: Design, connectionId: string): Design {
  const graph = indexGraph(design);
  const old = graph.connectionById.get(connectionId);
  const topic = old && graph.nodeById.get(old.from);
  const service = old && graph.nodeById.get(old.to);
  if (!old || topic?.kind !== 'sns-topic' || service?.kind !== 'consumer-group') return design;
  const takenNames = new Set(design.nodes.map((n) => n.name));
  const base = uniqueId(`${baseName(topic.name)}-${baseName(service.name)}`, { has: (b) => takenNames.has(queueName(b, true)) });
  const id = uniqueId(slugify(base), graph.nodeById);
  const visibilityTimeout = isLambda(service) ? LAMBDA_VISIBILITY_MULTIPLIER * service.lambdaTimeoutSeconds : Math.max(30, Math.ceil((2 * service.processingMsP99) / 1000));
  const queue = nodeSchema.parse({
    kind: 'sqs-queue',
    id,
    name: queueName(base, true),
    fifo: true,
    visibilityTimeout,
    ...(topic.cluster !== undefined && graph.clusterById.has(topic.cluster) ? { cluster: topic.cluster } : {}),
  });
  const position = design.layout?.[topic.id];
  const layout = position ? { ...design.layout, [id]: { x: position.x + 220, y: position.y } } : design.layout;
  const withQueue = { ...removeElements(design, { connections: [old.id] }), layout };
  const { filterPolicy, rawMessageDelivery, deadLetterQueue, notes } = old;
  const subscribed = connect({ ...withQueue, nodes: [...withQueue.nodes, queue] }, topic.id, id, 'subscription', {
    queuePolicyAllowsTopic: true,
    ...(filterPolicy !== undefined ? { filterPolicy } : {}),
    ...(rawMessageDelivery !== undefined ? { rawMessageDelivery } : {}),
    ...(deadLetterQueue !== undefined ? { deadLetterQueue } : {}),
    ...(notes !== undefined ? { notes } : {}),
  });
  if (!subscribed.ok) return design;
  const consumed = connect(subscribed.design, id, service.id, 'consume');
  return consumed.ok ? consumed.design : design;
}

export const fifoTopicEndpoints = defineRule({
  meta: {
    id: 'sns/fifo-topic-endpoints',
    category: 'ordering',
    severity: 'error',
    reads: ['sns-topic'],
    summary: 'An SNS FIFO topic can only deliver to SQS queues: a Lambda function or HTTP endpoint must read from a queue subscribed to the topic.',
    messages: {
      notQueue: 'FIFO topic "{topic}" delivers straight to "{endpoint}", but SNS FIFO topics can only deliver to SQS queues, so this subscription cannot be created.',
    },
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint, toQueue } of subscriptions(design)) {
      if (!topic.fifo || toQueue) continue;
      report({
        target: { type: 'connection', id: connection.id },
        messageId: 'notQueue',
        data: { topic: topic.name, endpoint: endpoint?.name ?? connection.to },
        fix: endpoint ? { label: 'Deliver through an SQS FIFO queue', apply: (d) => routeThroughFifoQueue(d, connection.id) } : undefined,
      });
    }
  },
});
