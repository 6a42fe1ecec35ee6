import { testRule } from '../rule-tester';
import { keyRequiredForPerKeyOrdering } from './key-required-for-per-key-ordering';

const topic = { kind: 'kafka-topic', id: 'orders', partitions: 12 };
const publish = [{ from: 'api', to: 'orders' }];

testRule(keyRequiredForPerKeyOrdering, {
  valid: [
    { name: 'entity-id keys (default)', design: { nodes: [{ kind: 'producer', id: 'api' }, topic], connections: publish } },
    {
      name: 'no keys on an unordered flow',
      design: { requirements: { ordering: 'none' }, nodes: [{ kind: 'producer', id: 'api', keyStrategy: 'none' }, topic], connections: publish },
    },
    {
      name: 'no keys into a single-partition topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', keyStrategy: 'none' },
          { ...topic, partitions: 1 },
        ],
        connections: publish,
      },
    },
    {
      name: 'no keys into RabbitMQ only',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', keyStrategy: 'none' },
          { kind: 'rabbitmq-exchange', id: 'ex' },
        ],
        connections: [{ from: 'api', to: 'ex' }],
      },
    },
  ],
  invalid: [
    {
      name: 'random keys',
      design: { nodes: [{ kind: 'producer', id: 'api', keyStrategy: 'random' }, topic], connections: publish },
      findings: [{ target: 'api', messageIncludes: 'random keys' }],
      output: { nodes: { api: { keyStrategy: 'entity-id' } } },
    },
    {
      name: 'keys ignored by the partitioner, into a topic planned to grow',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', kafka: { 'partitioner.ignore.keys': true } },
          { ...topic, partitions: 1, plannedPartitions: 6 },
        ],
        connections: publish,
      },
      findings: [{ target: 'api', messageIncludes: 'partitioner.ignore.keys=true' }],
      output: { nodes: { api: { keyStrategy: 'entity-id' } } },
    },
  ],
});
