import { testRule } from '../rule-tester';
import { autoCreateTopicsOff } from './auto-create-topics-off';

const topic = { kind: 'kafka-topic', id: 't', cluster: 'k' };

testRule(autoCreateTopicsOff, {
  valid: [
    { name: 'disabled', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'auto.create.topics.enable': false } }], nodes: [topic] } },
    { name: 'disabled as a string', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'auto.create.topics.enable': 'false' } }], nodes: [topic] } },
    { name: 'Redpanda default (off)', design: { clusters: [{ id: 'k', name: 'k', broker: 'redpanda' }], nodes: [topic] } },
    { name: 'a staging cluster', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', environment: 'staging' }], nodes: [topic] } },
    { name: 'a Kafka cluster hosting no topic', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }] } },
  ],
  invalid: [
    {
      name: 'Kafka default (on)',
      design: { clusters: [{ id: 'k', name: 'main', broker: 'kafka' }], nodes: [topic] },
      findings: [{ messageIncludes: 'auto.create.topics.enable=true, the default' }],
      output: { design: { clusters: [{ id: 'k', config: { 'auto.create.topics.enable': false } }] } },
    },
    {
      name: 'Redpanda with auto-creation turned on',
      design: { clusters: [{ id: 'k', name: 'rp', broker: 'redpanda', config: { auto_create_topics_enabled: true } }], nodes: [topic] },
      findings: [{ messageIncludes: 'auto_create_topics_enabled=true)' }],
      output: { design: { clusters: [{ id: 'k', config: { auto_create_topics_enabled: false } }] } },
    },
  ],
});
