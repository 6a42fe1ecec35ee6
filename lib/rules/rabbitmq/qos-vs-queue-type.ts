import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const qosVsQueueType = defineRule({
  meta: {
    id: 'rabbitmq/qos-vs-queue-type',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A consumer with global QoS cannot consume from a quorum queue or a stream.',
      rationale:
        'Quorum queues and streams do not support global QoS (a prefetch shared by every consumer on the channel). Consuming from them on a channel with global QoS fails with a channel error, so the consumer never starts. The rule joins the consumer\'s QoS setting to the type of each queue it reads.',
      howToFix: 'Use per-consumer prefetch (basic.qos with global=false).',
      sources: [RMQ_SOURCES.quorumGlobalQos, RMQ_SOURCES.streams, RMQ_SOURCES.deprecatedFeatures],
    },
    messages: {
      globalQos: 'Consumer group "{group}" uses global QoS but consumes the {types} "{queues}": consuming fails with a channel error.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: false } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
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
