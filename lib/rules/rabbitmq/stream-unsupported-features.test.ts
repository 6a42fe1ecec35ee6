import { testRule } from '../rule-tester';
import { streamUnsupportedFeatures } from './stream-unsupported-features';

const stream = (extra: Record<string, unknown> = {}) => ({ kind: 'rabbitmq-queue', id: 's', type: 'stream', ...extra, arguments: { 'x-max-age': '7D', ...((extra.arguments as object) ?? {}) } });

testRule(streamUnsupportedFeatures, {
  valid: [
    { name: 'retention only', design: { nodes: [stream({ arguments: { 'x-max-length-bytes': 1000 } })] } },
    { name: 'manual-ack consumer', design: { nodes: [stream(), { kind: 'consumer-group', id: 'c' }], connections: [{ from: 's', to: 'c' }] } },
    { name: 'TTL on a quorum queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-message-ttl': 5 } }] } },
  ],
  invalid: [
    {
      name: 'TTL, priority, dead-letter exchange and non-durable',
      design: {
        nodes: [stream({ durable: false, arguments: { 'x-message-ttl': 1000, 'x-max-priority': 3 } }), { kind: 'rabbitmq-exchange', id: 'dlx' }],
        connections: [{ from: 's', to: 'dlx', kind: 'dead-letter' }],
      },
      findings: [{ target: 's', messageIncludes: 'x-message-ttl, x-max-priority, a dead-letter exchange, durable=false' }],
      output: { nodes: { s: { durable: true, arguments: { 'x-max-age': '7D' } } } },
    },
    {
      name: 'auto-ack consumer',
      design: { requirements: { delivery: 'at-most-once' }, nodes: [stream(), { kind: 'consumer-group', id: 'c', ackMode: 'auto', prefetch: 0 }], connections: [{ from: 's', to: 'c' }] },
      findings: [{ target: 'c', messageIncludes: 'automatic acknowledgements' }],
      output: { nodes: { c: { ackMode: 'manual', prefetch: 100 } } },
    },
  ],
});
