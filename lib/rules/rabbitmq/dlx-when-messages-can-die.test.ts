import { testRule } from '../rule-tester';
import { dlxWhenMessagesCanDie } from './dlx-when-messages-can-die';

const classic = (extra: Record<string, unknown> = {}) => ({ kind: 'rabbitmq-queue', id: 'q', type: 'classic', ...extra });

testRule(dlxWhenMessagesCanDie, {
  valid: [
    { name: 'classic queue without consumers or TTL', design: { nodes: [classic()] } },
    {
      name: 'consumer requeues on error (poison-path covers the loop)',
      design: { nodes: [classic(), { kind: 'consumer-group', id: 'c', rabbitmq: { requeueOnError: true } }], connections: [{ from: 'q', to: 'c' }] },
    },
    {
      name: 'auto-ack consumer never rejects',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [classic(), { kind: 'consumer-group', id: 'c', ackMode: 'auto' }], connections: [{ from: 'q', to: 'c' }] },
    },
    {
      name: 'rejecting consumer, DLX by policy',
      design: {
        nodes: [classic({ policy: { 'dead-letter-exchange': 'dlx' } }), { kind: 'rabbitmq-exchange', id: 'dlx' }, { kind: 'consumer-group', id: 'c' }],
        connections: [{ from: 'q', to: 'c' }],
      },
    },
    { name: 'quorum queue with TTL (quorum-queue-has-dlx covers it)', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-message-ttl': 1000 } }] } },
  ],
  invalid: [
    {
      name: 'rejecting consumer, no DLX',
      design: { nodes: [classic(), { kind: 'consumer-group', id: 'c' }], connections: [{ from: 'q', to: 'c' }] },
      findings: [{ target: 'q', messageIncludes: 'consumer group "c" rejects' }],
    },
    {
      name: 'message TTL, no DLX',
      design: { nodes: [classic({ arguments: { 'x-message-ttl': 5000 } })] },
      findings: [{ target: 'q', messageIncludes: '5000 ms' }],
    },
  ],
});
