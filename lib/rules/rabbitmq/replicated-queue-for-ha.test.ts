import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { replicatedQueueForHa } from './replicated-queue-for-ha';

const cluster = (nodes: number, environment = 'production') => ({ id: 'r', name: 'Rabbit', broker: 'rabbitmq', nodes, environment });

testRule(replicatedQueueForHa, {
  valid: [
    { name: 'critical quorum queue', design: withWriter({ requirements: { criticality: 'critical' }, clusters: [cluster(3)], nodes: [{ kind: 'rabbitmq-queue', id: 'q', cluster: 'r' }] }, 'q') },
    { name: 'normal classic queue', design: withWriter({ clusters: [cluster(3)], nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r' }] }, 'q') },
    {
      name: 'critical classic queue on a single node',
      design: withWriter({ requirements: { criticality: 'critical' }, clusters: [cluster(1)], nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r' }] }, 'q'),
    },
  ],
  invalid: [
    {
      name: 'critical classic queue on three nodes',
      design: withWriter(
        {
          requirements: { criticality: 'critical' },
          clusters: [cluster(3)],
          nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', cluster: 'r', arguments: { 'x-max-priority': 5, 'x-max-length': 10 } }],
        },
        'q',
      ),
      findings: [{ target: 'q', messageIncludes: '3-node cluster "Rabbit"' }],
      output: { nodes: { q: { type: 'quorum', arguments: { 'x-max-length': 10 } } } },
    },
    {
      name: 'critical producer routes into a classic queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'payments', requirements: { criticality: 'critical' } },
          { kind: 'rabbitmq-queue', id: 'q', type: 'classic' },
        ],
        connections: [{ from: 'payments', to: 'q' }],
      },
      findings: [{ target: 'q' }],
      output: { nodes: { q: { type: 'quorum' } } },
    },
  ],
});
