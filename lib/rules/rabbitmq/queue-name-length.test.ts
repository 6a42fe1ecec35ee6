import { testRule } from '../rule-tester';
import { queueNameLength } from './queue-name-length';

testRule(queueNameLength, {
  valid: [
    { name: '255 bytes', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'q'.repeat(255) }] } },
    { name: "a long Kafka topic name is another rule's business", design: { nodes: [{ kind: 'kafka-topic', id: 't', name: 't'.repeat(300) }] } },
  ],
  invalid: [
    { name: '256-byte queue name', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'q'.repeat(256) }] }, findings: [{ target: 'q', messageIncludes: 'queue name' }] },
    { name: 'exchange name of 128 two-byte characters', design: { nodes: [{ kind: 'rabbitmq-exchange', id: 'x', name: 'ü'.repeat(128) }] }, findings: [{ target: 'x', messageIncludes: '256 bytes' }] },
  ],
});
