import { indexGraph, patchNode, updateNode } from '../../design';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { deadLetterCycles } from './_dead-letter-graph';
import { exampleDesign } from './_examples';
import { messagesAt } from '../../rabbitmq/message-flows';
import { deliveryLimit, queueConsumers, rabbitQueues, versionAtLeast } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const orderingChain = defineRule({
  meta: {
    id: 'rabbitmq/ordering-chain',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'Every link from publisher to handler must keep the order of an ordered RabbitMQ flow.',
      rationale:
        'Queue order is only the start. It is lost when the single consumer processes messages in parallel (several handlers with more than one message prefetched, or hand-off to a thread pool); when consumers poll with basic.get, to which single active consumer does not apply; when failed messages come back through a retry path (a TTL retry queue, a consumer republishing) behind newer ones; and, on quorum queues before RabbitMQ 4.0 without a delivery limit, when requeued messages are put at the back. Competing consumers, priorities and publishing channels are checked by rabbitmq/ordered-queue-single-active-consumer, rabbitmq/ordering-no-priorities and rabbitmq/ordering-single-publishing-channel.',
      howToFix: 'Process one message at a time per queue (or per key), subscribe instead of polling, retry in place instead of through a retry queue (or accept the reordering), and set a delivery limit on quorum queues.',
      sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.singleActiveConsumer, RMQ_SOURCES.quorumPoison],
    },
    messages: {
      parallel: 'Consumer group "{group}" handles the {ordering}-ordered queue "{queue}" {how}: messages finish out of order.',
      polling: 'Consumer group "{group}" polls the {ordering}-ordered queue "{queue}" with basic.get from {instances} instances: single active consumer does not apply to polling, so they compete.',
      retryLoop: 'Failed messages of the {ordering}-ordered queue "{queue}" return to it through {path}, behind messages published after them.',
      requeueToBack: 'Quorum queue "{queue}" carries a {ordering}-ordered flow without a delivery limit on RabbitMQ {version}: requeued messages go to the back of the queue.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'rabbitmq-queue', id: 'account-events', arguments: { 'x-single-active-consumer': true } },
          { kind: 'consumer-group', id: 'ledger', concurrency: 8 },
        ],
        connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }, { from: 'account-events', to: 'ledger', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'rabbitmq-queue', id: 'account-events', arguments: { 'x-single-active-consumer': true } },
          { kind: 'consumer-group', id: 'ledger', concurrency: 1 },
        ],
        connections: [{ from: 'writer', to: 'account-events', kind: 'publish' }, { from: 'account-events', to: 'ledger', kind: 'consume' }],
      }),
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
