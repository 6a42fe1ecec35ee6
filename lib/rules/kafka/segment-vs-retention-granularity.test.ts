import { testRule } from '../rule-tester';
import { segmentVsRetentionGranularity } from './segment-vs-retention-granularity';

const hour = { kind: 'kafka-topic', id: 't', config: { 'retention.ms': 3600000 } };

testRule(segmentVsRetentionGranularity, {
  valid: [
    { name: 'defaults (7 days each)', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'short retention with short segments', design: { nodes: [{ ...hour, config: { ...hour.config, 'segment.ms': 600000 } }] } },
    { name: 'Redpanda defaults are not second-guessed', design: { clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }], nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'rp' }] } },
  ],
  invalid: [
    {
      name: 'one hour of retention on 7-day segments',
      design: { nodes: [hour] },
      findings: [{ target: 't', messageIncludes: '7 days (log.roll.ms, the broker default)' }],
      output: { nodes: { t: { config: { 'segment.ms': 3600000 } } } },
    },
    {
      name: 'a declared segment.ms longer than the retention on Redpanda',
      design: { clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }], nodes: [{ ...hour, cluster: 'rp', config: { ...hour.config, 'segment.ms': 7200000 } }] },
      findings: [{ target: 't', messageIncludes: '2 hours (segment.ms)' }],
      output: { nodes: { t: { config: { 'segment.ms': 3600000 } } } },
    },
  ],
});
