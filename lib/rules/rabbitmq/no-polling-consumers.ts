import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

export const noPollingConsumers = defineRule({
  meta: {
    id: 'rabbitmq/no-polling-consumers',
    category: 'scalability',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: 'RabbitMQ consumers should subscribe (basic.consume) rather than poll (basic.get).',
    messages: {
      polling: 'Consumer group "{group}" polls "{queues}" with basic.get: one round trip per message, and prefetch does not apply.',
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
