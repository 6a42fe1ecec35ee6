import { testRule } from '../rule-tester';
import { noClassicMirroring } from './no-classic-mirroring';

testRule(noClassicMirroring, {
  valid: [
    { name: 'quorum queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'classic queue with an unrelated policy', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', policy: { 'max-length': 1000 } }] } },
  ],
  invalid: [
    {
      name: 'ha-mode on a 4.x cluster (version unset)',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', policy: { 'ha-mode': 'all', 'ha-sync-mode': 'automatic', 'max-length': 10 } }] },
      findings: [{ target: 'q', messageIncludes: 'removed in RabbitMQ 4.0: the queue is not replicated' }],
      output: { nodes: { q: { policy: { 'max-length': 10 } } } },
    },
    {
      name: 'ha-mode on a 3.13 cluster',
      design: {
        clusters: [{ id: 'r', name: 'r', broker: 'rabbitmq', version: '3.13' }],
        nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r', policy: { 'ha-mode': 'exactly', 'ha-params': 2 } }],
      },
      findings: [{ target: 'q', messageIncludes: 'blocks the upgrade' }],
    },
  ],
});
