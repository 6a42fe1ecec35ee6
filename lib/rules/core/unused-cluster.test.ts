import { testRule } from '../rule-tester';
import { unusedCluster } from './unused-cluster';

testRule(unusedCluster, {
  valid: [
    {
      name: 'every cluster hosts a node (a service counts)',
      design: {
        clusters: [
          { id: 'kafka', name: 'Kafka', broker: 'kafka' },
          { id: 'k2', name: 'Other', broker: 'kafka' },
        ],
        nodes: [
          { kind: 'kafka-topic', id: 't', cluster: 'kafka' },
          { kind: 'producer', id: 'p', cluster: 'k2' },
        ],
      },
    },
    { name: 'no clusters at all', design: { nodes: [] } },
  ],
  invalid: [
    {
      name: 'a Kafka cluster left behind in a RabbitMQ design',
      design: {
        clusters: [
          { id: 'kafka', name: 'Kafka', broker: 'kafka' },
          { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' },
        ],
        nodes: [{ kind: 'rabbitmq-queue', id: 'work', cluster: 'rabbit' }],
      },
      findings: [{ messageIncludes: 'Cluster "Kafka" (kafka) hosts no node' }],
      output: { design: { clusters: [{ id: 'rabbit' }] } },
    },
  ],
});
