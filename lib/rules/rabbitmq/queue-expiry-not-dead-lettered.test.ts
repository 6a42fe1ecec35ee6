import { testRule } from '../rule-tester';
import { queueExpiryNotDeadLettered } from './queue-expiry-not-dead-lettered';

const withDlx = (args: Record<string, unknown>, policy?: Record<string, unknown>) => ({
  nodes: [
    { kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: args, ...(policy ? { policy } : {}) },
    { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
  ],
  connections: [{ from: 'q', to: 'dlx' }],
});

testRule(queueExpiryNotDeadLettered, {
  valid: [
    { name: 'message TTL with DLX', design: withDlx({ 'x-message-ttl': 1000 }) },
    { name: 'queue TTL without DLX', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-expires': 1000 } }] } },
  ],
  invalid: [
    { name: 'x-expires with DLX', design: withDlx({ 'x-expires': 60000 }), findings: [{ target: 'q', messageIncludes: '60000 ms' }] },
    { name: 'expires policy with DLX', design: withDlx({}, { expires: 5000 }), findings: [{ target: 'q', messageIncludes: '5000 ms' }] },
  ],
});
