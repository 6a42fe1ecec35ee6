import { testRule } from '../rule-tester';
import { recordSizeWithinLimits } from './record-size-within-limits';

const publish = [{ from: 'api', to: 't' }];

testRule(recordSizeWithinLimits, {
  valid: [
    {
      name: 'defaults (1 KiB records)',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: publish,
      },
    },
    {
      name: 'large records with both limits raised',
      design: {
        requirements: { maxMessageBytes: 3000000 },
        nodes: [
          { kind: 'producer', id: 'api', kafka: { 'max.request.size': 4194304 } },
          { kind: 'kafka-topic', id: 't', config: { 'max.message.bytes': 4194304 } },
        ],
        connections: publish,
      },
    },
    {
      name: 'a compressing producer is only held to its request size',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 1500000, kafka: { 'max.request.size': 2097152, 'compression.type': 'zstd' } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: publish,
      },
    },
  ],
  invalid: [
    {
      name: '3 MB records with default limits',
      design: {
        requirements: { maxMessageBytes: 3000000 },
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: publish,
      },
      findings: [
        { target: 'api', messageIncludes: 'max.request.size is 1048576' },
        { target: 't', messageIncludes: 'message.max.bytes, the broker default' },
      ],
      output: { nodes: { api: { kafka: { 'max.request.size': 3145728 } }, t: { config: { 'max.message.bytes': 3145728 } } } },
    },
    {
      name: 'a Redpanda broker with a small batch limit',
      design: {
        clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda', config: { kafka_batch_max_bytes: 100000 } }],
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 200000 },
          { kind: 'kafka-topic', id: 't', cluster: 'rp' },
        ],
        connections: publish,
      },
      findings: [{ target: 't', messageIncludes: 'kafka_batch_max_bytes on cluster' }],
      output: { nodes: { t: { config: { 'max.message.bytes': 1048576 } } } },
    },
  ],
});
