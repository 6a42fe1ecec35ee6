import { testRule } from '../rule-tester';
import { globalOrderSinglePartition } from './global-order-single-partition';

const publish = [{ from: 'api', to: 'ledger' }];

testRule(globalOrderSinglePartition, {
  valid: [
    {
      name: 'strict order on one partition',
      design: {
        requirements: { ordering: 'strict' },
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 'ledger', partitions: 1 },
        ],
        connections: publish,
      },
    },
    {
      name: 'per-key order on many partitions',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 'ledger', partitions: 12 },
        ],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: 'a producer that requires strict order',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { ordering: 'strict' } },
          { kind: 'kafka-topic', id: 'ledger', partitions: 6 },
        ],
        connections: publish,
      },
      findings: [{ target: 'ledger', messageIncludes: '6 partitions' }],
      output: { nodes: { ledger: { partitions: 1 } } },
    },
    {
      name: 'one partition today, more planned',
      design: {
        requirements: { ordering: 'strict' },
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 'ledger', partitions: 1, plannedPartitions: 3 },
        ],
        connections: publish,
      },
      findings: [{ target: 'ledger', messageIncludes: '3 partitions' }],
      output: { nodes: { ledger: { partitions: 1 } } },
    },
  ],
});
