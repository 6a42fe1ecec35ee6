import { testRule } from '../rule-tester';
import { ttlValueDomain } from './ttl-value-domain';

const queue = (policy: Record<string, unknown>) => ({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy }] });

testRule(ttlValueDomain, {
  valid: [
    { name: 'integer TTLs', design: queue({ 'message-ttl': 0, expires: 1 }) },
    { name: 'no TTL', design: queue({ 'max-length': 10 }) },
  ],
  invalid: [
    { name: 'message TTL as a string', design: queue({ 'message-ttl': '60s' }), findings: [{ target: 'q', messageIncludes: 'message-ttl="60s"' }] },
    { name: 'negative message TTL', design: queue({ 'message-ttl': -1 }), findings: [{ target: 'q', messageIncludes: 'non-negative integer' }] },
    {
      name: 'queue TTL of zero and a fractional message TTL',
      design: queue({ expires: 0, 'message-ttl': 1.5 }),
      findings: [
        { target: 'q', messageIncludes: 'expires=0' },
        { target: 'q', messageIncludes: 'message-ttl=1.5' },
      ],
    },
  ],
});
