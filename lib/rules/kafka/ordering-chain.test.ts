import { testRule } from '../rule-tester';
import { orderingChain } from './ordering-chain';

const chain = (producer: Record<string, unknown>, topic: Record<string, unknown>, group: Record<string, unknown>) => ({
  nodes: [
    { kind: 'producer', id: 'api', ...producer },
    { kind: 'kafka-topic', id: 't', partitions: 12, ...topic },
    { kind: 'consumer-group', id: 'g', ...group },
  ],
  connections: [
    { from: 'api', to: 't' },
    { from: 't', to: 'g' },
  ],
});

testRule(orderingChain, {
  valid: [
    { name: 'defaults keep per-key order end to end', design: chain({}, {}, {}) },
    { name: 'a serial thread pool (concurrency 1)', design: chain({}, {}, { asyncProcessing: true, concurrency: 1 }) },
    { name: 'several consumer threads, each owning partitions', design: chain({}, {}, { concurrency: 8 }) },
    {
      name: 'nothing ordered',
      design: { ...chain({ keyStrategy: 'none', kafka: { 'enable.idempotence': false } }, { plannedPartitions: 24 }, { asyncProcessing: true, concurrency: 8 }), requirements: { ordering: 'none' } },
    },
    { name: 'one request in flight without idempotence', design: chain({ kafka: { 'enable.idempotence': false, 'max.in.flight.requests.per.connection': 1 } }, {}, {}) },
  ],
  invalid: [
    {
      name: 'every link broken',
      design: chain({ keyStrategy: 'random', kafka: { 'enable.idempotence': false } }, { plannedPartitions: 24 }, { asyncProcessing: true, concurrency: 8 }),
      findings: [
        { target: 'api', messageIncludes: '5 requests in flight' },
        { target: 'api', messageIncludes: 'random keys' },
        { target: 'g', messageIncludes: 'on 8 threads' },
        { target: 't', messageIncludes: 'from 12 to 24 partitions' },
      ],
      output: {
        nodes: {
          api: { keyStrategy: 'entity-id', kafka: { 'enable.idempotence': true } },
          t: { partitions: 24 },
          g: { asyncProcessing: false },
        },
      },
    },
    {
      name: 'strict order: keys do not matter, retries do',
      design: { ...chain({ keyStrategy: 'none', kafka: { acks: '1', 'enable.idempotence': false } }, { partitions: 1 }, {}), requirements: { ordering: 'strict' } },
      findings: [{ target: 'api', messageIncludes: 'The strict order of "api"' }],
      output: { nodes: { api: { kafka: { 'max.in.flight.requests.per.connection': 1 } } } },
    },
  ],
});
