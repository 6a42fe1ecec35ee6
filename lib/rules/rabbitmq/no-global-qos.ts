import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers, queueNames } from './_consumers';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const noGlobalQos = defineRule({
  meta: {
    id: 'rabbitmq/no-global-qos',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Consumers should not use global QoS (a prefetch shared by the whole channel): the feature is deprecated.',
      rationale:
        'Global QoS (basic.qos with global=true) is on RabbitMQ\'s deprecated-features list (global_qos) and will stop working in a future release. On classic queues it still works but is deprecated; consuming from a quorum queue or a stream with it is a channel error, reported as an error by rabbitmq/qos-vs-queue-type. This rule covers the classic-queue case.',
      howToFix: 'Use per-consumer prefetch (basic.qos with global=false), the default in every client.',
      sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.quorumGlobalQos],
    },
    messages: {
      globalQos: 'Consumer group "{group}" uses global QoS on "{queues}": the feature is deprecated and will be removed.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', type: 'classic' }, { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: false } }],
        connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
      }),
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
