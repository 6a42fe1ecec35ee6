import { testRule } from '../rule-tester';
import { lazyModeIgnored } from './lazy-mode-ignored';

testRule(lazyModeIgnored, {
  valid: [
    { name: 'no queue mode', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] } },
    {
      name: 'lazy mode on 3.11, where it still works',
      design: {
        clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.11.28' }],
        nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r', arguments: { 'x-queue-mode': 'lazy' } }],
      },
    },
  ],
  invalid: [
    {
      name: 'x-queue-mode=lazy',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-queue-mode': 'lazy', 'x-max-length': 5 } }] },
      findings: [{ target: 'q', messageIncludes: 'x-queue-mode=lazy' }],
      output: { nodes: { q: { arguments: { 'x-max-length': 5 } } } },
    },
    {
      name: 'queue-mode policy on 3.13',
      design: {
        clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }],
        nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r', policy: { 'queue-mode': 'lazy', 'max-length': 5 } }],
      },
      findings: [{ target: 'q', messageIncludes: 'queue-mode=lazy' }],
      output: { nodes: { q: { policy: { 'max-length': 5 } } } },
    },
  ],
});
