import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qos-vs-queue-type`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "Quorum queues and streams do not support global QoS (a prefetch shared by every consumer on the channel). Consuming from them on a channel with global QoS fails with a channel error, so the consumer never starts. The rule joins the consumer's QoS setting to the type of each queue it reads.",
  howToFix: 'Use per-consumer prefetch (basic.qos with global=false).',
  sources: [RMQ_SOURCES.quorumGlobalQos, RMQ_SOURCES.streams, RMQ_SOURCES.deprecatedFeatures],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: true } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', type: 'quorum' },
        { kind: 'consumer-group', id: 'billing', rabbitmq: { globalQos: false } },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
