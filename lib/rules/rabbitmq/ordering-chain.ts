import { indexGraph, patchNode, updateNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { deadLetterCycles } from './_dead-letter-graph';
import { messagesAt } from '../../rabbitmq/message-flows';
import { deliveryLimit, queueConsumers, rabbitQueues, versionAtLeast } from './_queues';

export const orderingChain = defineRule({
  meta: {
    id: 'rabbitmq/ordering-chain',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'Every link from publisher to handler must keep the order of an ordered RabbitMQ flow.',
    messages: {
      parallel: 'Consumer group "{group}" handles the {ordering}-ordered queue "{queue}" {how}: messages finish out of order.',
      polling: 'Consumer group "{group}" polls the {ordering}-ordered queue "{queue}" with basic.get from {instances} instances: single active consumer does not apply to polling, so they compete.',
      retryLoop: 'Failed messages of the {ordering}-ordered queue "{queue}" return to it through {path}, behind messages published after them.',
      requeueToBack: 'Quorum queue "{queue}" carries a {ordering}-ordered flow without a delivery limit on RabbitMQ {version}: requeued messages go to the back of the queue.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    const inCycle = new Set(deadLetterCycles(design).flat());
    const reportedGroups = new Set<string>();
    for (const queue of rabbitQueues(design)) {
      if (queue.type === 'stream') continue;
      const requirements = requirementsAt(design, queue.id);
      if (!orderedFlow(requirements)) continue;
      const { ordering } = requirements;
      const groups = queueConsumers(design, queue.id);

      for (const group of groups) {
        if (reportedGroups.has(group.id)) continue;
        // With manual acks, prefetch 1 keeps parallel handlers serial: only one message is outstanding.
        const parallelHandlers = group.concurrency > 1 && (group.ackMode === 'auto' || group.prefetch !== 1);
        if (group.asyncProcessing || parallelHandlers) {
          reportedGroups.add(group.id);
          report({
            target: { type: 'node', id: group.id },
            messageId: 'parallel',
            data: { group: group.name, ordering, queue: queue.name, how: group.asyncProcessing ? 'on a thread pool (asynchronous processing)' : `with ${group.concurrency} parallel handlers` },
            fix: { label: 'Process one message at a time', apply: (d) => updateNode(d, group.id, { concurrency: 1, asyncProcessing: false }) },
          });
        }
      }
      const pollers = groups.filter((g) => g.rabbitmq.basicGet);
      const pollingInstances = pollers.reduce((sum, g) => sum + g.instances, 0);
      if (pollingInstances > 1) {
        const group = pollers[0];
        report({
          target: { type: 'node', id: group.id },
          messageId: 'polling',
          data: { group: group.name, ordering, queue: queue.name, instances: pollingInstances },
        });
      }

      const consumerIds = new Set(groups.map((g) => g.id));
      const republished = messagesAt(design, queue.id).find((m) => consumerIds.has(m.publisherId));
      const path = inCycle.has(queue.id)
        ? 'a dead-letter retry loop'
        : republished
          ? `messages republished by "${graph.nodeById.get(republished.publisherId)?.name ?? republished.publisherId}"`
          : undefined;
      if (path) report({ target: { type: 'node', id: queue.id }, messageId: 'retryLoop', data: { ordering, queue: queue.name, path } });

      if (queue.type === 'quorum' && !versionAtLeast(design, queue, 4) && deliveryLimit(design, queue).limit < 0 && groups.length > 0) {
        const version = design.clusters.find((c) => c.id === queue.cluster)?.version ?? '3.x';
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'requeueToBack',
          data: { queue: queue.name, ordering, version },
          fix: { label: 'Set a delivery limit of 20', apply: (d) => patchNode(d, queue.id, { arguments: { 'x-delivery-limit': 20 } }) },
        });
      }
    }
  },
});
