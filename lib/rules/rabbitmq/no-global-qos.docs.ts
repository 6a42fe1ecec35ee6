import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/no-global-qos`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Global QoS (basic.qos with global=true) is on RabbitMQ's deprecated-features list (global_qos) and will stop working in a future release. On classic queues it still works but is deprecated; consuming from a quorum queue or a stream with it is a channel error, reported as an error by rabbitmq/qos-vs-queue-type. This rule covers the classic-queue case.",
  howToFix: 'Use per-consumer prefetch (basic.qos with global=false), the default in every client.',
  sources: [RMQ_SOURCES.deprecatedFeatures, RMQ_SOURCES.quorumGlobalQos],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'classic' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: false } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
