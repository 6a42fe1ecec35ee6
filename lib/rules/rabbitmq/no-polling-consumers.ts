import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const noPollingConsumers = defineRule({
  meta: {
    id: 'rabbitmq/no-polling-consumers',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'RabbitMQ consumers should subscribe (basic.consume) rather than poll (basic.get).',
      rationale:
        'basic.get fetches one message per request: every message costs a round trip, an empty queue costs requests that return nothing, and the prefetch limit does not apply. The production checklist calls polling consumers highly inefficient; a subscription lets the broker push messages within a prefetch window.',
      howToFix: 'Register a consumer with basic.consume and a bounded prefetch.',
      sources: [RMQ_SOURCES.productionChecklist, RMQ_SOURCES.confirmsPrefetch],
    },
    messages: {
      polling: 'Consumer group "{group}" polls "{queues}" with basic.get: one round trip per message, and prefetch does not apply.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { basicGet: true } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { basicGet: false } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (!group.rabbitmq.basicGet) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'polling',
        data: { group: group.name, queues: queueNames(queues) },
        fix: { label: 'Subscribe with basic.consume', apply: (d) => patchNode(d, group.id, { rabbitmq: { basicGet: false } }) },
      });
    }
  },
});
