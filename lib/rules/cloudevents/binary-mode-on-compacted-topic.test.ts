import { testRule } from '../rule-tester';
import { binaryModeOnCompactedTopic } from './binary-mode-on-compacted-topic';

const topic = (mode: string, policy?: string) => ({
  kind: 'kafka-topic',
  id: 't',
  ...(policy ? { config: { 'cleanup.policy': policy } } : {}),
  messageSchema: { format: 'avro', envelope: { standard: 'cloudevents', mode, type: 'com.example.customer.updated', source: '/customers', dataContentType: 'application/avro' } },
});

testRule(binaryModeOnCompactedTopic, {
  valid: [
    { name: 'binary mode on a topic that deletes by time (the default)', design: { nodes: [topic('binary')] } },
    { name: 'structured mode on a compacted topic', design: { nodes: [topic('structured', 'compact')] } },
    { name: 'a compacted topic without an envelope', design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'cleanup.policy': 'compact' } }] } },
    { name: 'binary mode on a compacted NATS stream is no Kafka tombstone', design: { nodes: [{ kind: 'nats-stream', id: 's', messageSchema: topic('binary').messageSchema }] } },
  ],
  invalid: [
    {
      name: 'binary mode on a compacted topic',
      design: { nodes: [topic('binary', 'compact')] },
      findings: [{ target: 't', messageIncludes: 'cleanup.policy=compact' }],
      output: { nodes: { t: { messageSchema: { envelope: { mode: 'structured', dataContentType: 'application/avro' } } } } },
    },
    { name: 'binary mode on a compacted and deleting topic', design: { nodes: [topic('binary', 'compact,delete')] }, findings: [{ target: 't' }] },
  ],
});
