import { testRule } from '../rule-tester';
import { topicClusterConsistency } from './topic-cluster-consistency';

testRule(topicClusterConsistency, {
  valid: [
    { name: 'on Kafka', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }] } },
    { name: 'on Redpanda', design: { clusters: [{ id: 'k', name: 'k', broker: 'redpanda' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }] } },
    { name: 'no cluster', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
  ],
  invalid: [
    {
      name: 'on NATS, with a Kafka cluster to move to',
      design: {
        clusters: [
          { id: 'n', name: 'nats', broker: 'nats' },
          { id: 'k', name: 'kafka', broker: 'kafka' },
        ],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'n' }],
      },
      findings: [{ target: 't', messageIncludes: 'a nats cluster' }],
      output: { nodes: { t: { cluster: 'k' } } },
    },
    {
      name: 'on RabbitMQ, nowhere to move',
      design: { clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'r' }] },
      findings: [{ target: 't' }],
    },
  ],
});
