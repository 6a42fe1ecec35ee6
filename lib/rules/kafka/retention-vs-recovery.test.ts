import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
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
      name: "a compact-only source with a DLQ that outlasts the group's recovery",
      design: withWriter(
        {
          nodes: [{ kind: 'kafka-topic', id: 'src', config: { 'cleanup.policy': 'compact' } }, { kind: 'consumer-group', id: 'g' }, dlq({ config: { 'retention.ms': 1209600000 } })],
          connections: wiring,
        },
        'src',
      ),
    },
  ],
  invalid: [
    {
      name: 'a short-lived, single-replica DLQ',
      design: withWriter(
        {
          nodes: [source, { kind: 'consumer-group', id: 'g' }, dlq({ replicationFactor: 1, config: { 'retention.ms': 86400000, 'min.insync.replicas': 1 } })],
          connections: wiring,
        },
        'src',
      ),
      findings: [{ target: 'g--dlq', messageIncludes: 'keeps data for 24 hours, the source for 7 days; replication factor 1 against 3' }],
      output: { nodes: { dlq: { replicationFactor: 3, config: { 'retention.ms': 604800000, 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'a source kept forever needs a DLQ kept forever',
      design: withWriter(
        {
          nodes: [{ ...source, config: { 'retention.ms': -1 } }, { kind: 'consumer-group', id: 'g' }, dlq({})],
          connections: wiring,
        },
        'src',
      ),
      findings: [{ target: 'g--dlq', messageIncludes: 'keeps data for 7 days, the source forever' }],
      output: { nodes: { dlq: { config: { 'retention.ms': -1 } } } },
    },
    {
      name: 'a compact-only source: the DLQ must last as long as the group may take to recover',
      design: withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 'src', config: { 'cleanup.policy': 'compact' } },
            { kind: 'consumer-group', id: 'g', requirements: { maxConsumerOutageHours: 72 } },
            dlq({ config: { 'retention.ms': 86400000 } }),
          ],
          connections: wiring,
        },
        'src',
      ),
      findings: [{ target: 'g--dlq', messageIncludes: 'keeps data for 24 hours, the group may take 3 days to recover' }],
      output: { nodes: { dlq: { config: { 'retention.ms': 259200000 } } } },
    },
  ],
});
