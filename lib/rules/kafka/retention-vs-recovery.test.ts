import { testRule } from '../rule-tester';
import { withWriter } from '../test-design';
import { retentionVsRecovery } from './retention-vs-recovery';

const source = { kind: 'kafka-topic', id: 'src', config: { 'retention.ms': 604800000 } };
const dlq = (props: Record<string, unknown>) => ({ kind: 'kafka-topic', id: 'dlq', role: 'dead-letter', ...props });
const wiring = [
  { from: 'src', to: 'g' },
  { from: 'g', to: 'dlq' },
];

testRule(retentionVsRecovery, {
  valid: [
    { name: 'same durability (defaults)', design: withWriter({ nodes: [source, { kind: 'consumer-group', id: 'g' }, dlq({})], connections: wiring }, 'src') },
    { name: 'a DLQ kept forever', design: withWriter({ nodes: [source, { kind: 'consumer-group', id: 'g' }, dlq({ config: { 'retention.ms': -1 } })], connections: wiring }, 'src') },
    {
      name: 'a week covers a 3-day outage',
      design: withWriter({ requirements: { maxConsumerOutageHours: 72 }, nodes: [source, { kind: 'consumer-group', id: 'g' }], connections: [wiring[0]] }, 'src'),
    },
    {
      name: 'a group reading a DLQ is not held to the outage of its source',
      design: {
        requirements: { maxConsumerOutageHours: 10000 },
        nodes: [dlq({ config: { 'retention.ms': -1 } }), { kind: 'consumer-group', id: 'g' }],
        connections: [{ from: 'dlq', to: 'g' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a short-lived, single-replica DLQ',
      design: withWriter({
        nodes: [source, { kind: 'consumer-group', id: 'g' }, dlq({ replicationFactor: 1, config: { 'retention.ms': 86400000, 'min.insync.replicas': 1 } })],
        connections: wiring,
      }, 'src'),
      findings: [{ target: 'g--dlq', messageIncludes: 'keeps data for 24 hours, the source for 7 days; replication factor 1 against 3' }],
      output: { nodes: { dlq: { replicationFactor: 3, config: { 'retention.ms': 604800000, 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'a source kept forever needs a DLQ kept forever',
      design: withWriter({
        nodes: [{ ...source, config: { 'retention.ms': -1 } }, { kind: 'consumer-group', id: 'g' }, dlq({})],
        connections: wiring,
      }, 'src'),
      findings: [{ target: 'g--dlq', messageIncludes: 'keeps data for 7 days, the source forever' }],
      output: { nodes: { dlq: { config: { 'retention.ms': -1 } } } },
    },
    {
      name: 'a group that may be down longer than the topic keeps data',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { maxConsumerOutageHours: 240 } },
          source,
          { kind: 'consumer-group', id: 'g' },
        ],
        connections: [{ from: 'api', to: 'src' }, wiring[0]],
      },
      findings: [{ target: 'src--g', messageIncludes: 'an outage of up to 240 hours' }],
      output: { nodes: { src: { config: { 'retention.ms': 864000000 } } } },
    },
  ],
});
