import type { RuleDocs } from '../rule-docs';
import { CORE_SOURCES } from './_sources';

/** The docs and examples of `core/unused-cluster`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A cluster nothing lives on is left over from deleted nodes or another design. It is not harmless: exports still describe it (an AsyncAPI server `kafka: localhost:9092` in a RabbitMQ-only design, a Kafka service in the Compose file), readers of the design assume a broker that nobody uses must be run, and the cluster-level review judges settings of a system that does not exist.',
  howToFix: 'Remove the cluster, or put the nodes that belong on it there.',
  sources: [CORE_SOURCES.asyncapiRuleset],
  examples: {
    failing: {
      queuewright: 2,
      clusters: [
        { id: 'kafka', name: 'Kafka', broker: 'kafka' },
        { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' },
      ],
      nodes: [{ kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'rabbit' }],
    },
    passing: {
      queuewright: 2,
      clusters: [{ id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' }],
      nodes: [{ kind: 'rabbitmq-queue', id: 'work', name: 'work', cluster: 'rabbit' }],
    },
  },
};
