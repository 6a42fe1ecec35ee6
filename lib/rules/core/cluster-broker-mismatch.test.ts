import { testRule } from '../rule-tester';
import { clusterBrokerMismatch } from './cluster-broker-mismatch';

const clusters = [
  { id: 'kafka', name: 'Kafka', broker: 'kafka' },
  { id: 'rp', name: 'Redpanda', broker: 'redpanda' },
  { id: 'nats', name: 'NATS', broker: 'nats' },
];

testRule(clusterBrokerMismatch, {
  valid: [
    {
      name: 'each node on its broker; a Kafka topic on Redpanda; a service with a cluster',
      design: {
        clusters,
        nodes: [
          { kind: 'kafka-topic', id: 't', cluster: 'rp' },
          { kind: 'nats-stream', id: 's', cluster: 'nats' },
          { kind: 'producer', id: 'api', cluster: 'kafka' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a stream on a Kafka cluster, with a NATS cluster to move to',
      design: { clusters, nodes: [{ kind: 'nats-stream', id: 's', cluster: 'kafka' }] },
      findings: [{ target: 's', messageIncludes: 'on cluster "Kafka", a kafka cluster' }],
      output: { nodes: { s: { cluster: 'nats' } } },
    },
    {
      name: 'an SQS queue with no AWS cluster to move to',
      design: { clusters, nodes: [{ kind: 'sqs-queue', id: 'q', cluster: 'nats' }] },
      findings: [{ target: 'q' }],
      output: { nodes: { q: { kind: 'sqs-queue' } } },
    },
  ],
});
