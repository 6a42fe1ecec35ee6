import { testRule } from '../rule-tester';
import { unknownSetting } from './unknown-setting';

testRule(unknownSetting, {
  valid: [
    { name: 'known settings, typed or not', design: { nodes: [{ kind: 'producer', id: 'p', kafka: { acks: 'all', 'buffer.memory': 33554432, 'client.id': 'p' } }] } },
    {
      name: 'known consumer and topic settings',
      design: {
        nodes: [
          { kind: 'consumer-group', id: 'g', kafka: { 'fetch.min.bytes': 1 } },
          { kind: 'kafka-topic', id: 't', config: { 'segment.bytes': 1073741824 } },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt producer setting is renamed',
      design: { nodes: [{ kind: 'producer', id: 'p', kafka: { 'enable.idempotance': false } }] },
      findings: [{ target: 'p', messageIncludes: 'enable.idempotance (did you mean enable.idempotence?)' }],
      output: { nodes: { p: { kafka: { 'enable.idempotence': false } } } },
    },
    {
      name: 'a topic setting with no near name: reported, no fix',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'colour.of.logs': 'blue' } }] },
      findings: [{ target: 't', messageIncludes: 'sets colour.of.logs, which Kafka does not know' }],
    },
    {
      name: "a consumer setting from another client (librdkafka's name)",
      design: { nodes: [{ kind: 'consumer-group', id: 'g', kafka: { 'enable.auto.offset.store': false } }] },
      findings: [{ target: 'g', messageIncludes: 'enable.auto.offset.store' }],
    },
  ],
});
