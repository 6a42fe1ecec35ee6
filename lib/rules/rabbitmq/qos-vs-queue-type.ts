import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';

export const qosVsQueueType = defineRule({
  meta: {
    id: 'rabbitmq/qos-vs-queue-type',
    category: 'operability',
    severity: 'error',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'A consumer with global QoS cannot consume from a quorum queue or a stream.',
    messages: {
      globalQos: 'Consumer group "{group}" uses global QoS but consumes the {types} "{queues}": consuming fails with a channel error.',
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (!group.rabbitmq.globalQos) continue;
      const refusing = queues.filter((q) => q.type === 'quorum' || q.type === 'stream');
      if (refusing.length === 0) continue;
      const types = [...new Set(refusing.map((q) => (q.type === 'quorum' ? 'quorum queue' : 'stream')))].join(' / ');
      report({
        target: { type: 'node', id: group.id },
        messageId: 'globalQos',
        data: { group: group.name, types, queues: queueNames(refusing) },
        fix: { label: 'Use per-consumer prefetch', apply: (d) => patchNode(d, group.id, { rabbitmq: { globalQos: false } }) },
      });
    }
  },
});
