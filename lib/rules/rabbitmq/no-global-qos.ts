import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

export const noGlobalQos = defineRule({
  meta: {
    id: 'rabbitmq/no-global-qos',
    category: 'operability',
    severity: 'warning',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'Consumers should not use global QoS (a prefetch shared by the whole channel): the feature is deprecated.',
    messages: {
      globalQos: 'Consumer group "{group}" uses global QoS on "{queues}": the feature is deprecated and will be removed.',
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (!group.rabbitmq.globalQos) continue;
      // Quorum queues and streams make it a hard error: rabbitmq/qos-vs-queue-type.
      if (queues.some((q) => q.type !== 'classic')) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'globalQos',
        data: { group: group.name, queues: queueNames(queues) },
        fix: { label: 'Use per-consumer prefetch', apply: (d) => patchNode(d, group.id, { rabbitmq: { globalQos: false } }) },
      });
    }
  },
});
