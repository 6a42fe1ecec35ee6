import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { orderingNoPriorities } from './ordering-no-priorities';

testRule(orderingNoPriorities, {
  valid: [
    { name: 'no priorities', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic' }] }, 'q') },
    {
      name: 'priority queue on an unordered flow',
      design: withWriter({ requirements: { ordering: 'none' }, nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-max-priority': 4 } }] }, 'q'),
    },
    {
      name: 'quorum queue, producer without priorities',
      design: {
        nodes: [
          { kind: 'producer', id: 'p' },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [{ from: 'p', to: 'q' }],
      },
    },
  ],
  invalid: [
    {
      name: 'classic priority queue on an ordered flow',
      design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-max-priority': 4, 'x-max-length': 9 } }] }, 'q'),
      findings: [{ target: 'q', messageIncludes: 'x-max-priority=4' }],
      output: { nodes: { q: { arguments: { 'x-max-length': 9 } } } },
    },
    {
      name: 'priority publisher into a quorum queue',
      design: {
        nodes: [
          { kind: 'producer', id: 'p', rabbitmq: { priority: true } },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [{ from: 'p', to: 'q' }],
      },
      findings: [{ target: 'q', messageIncludes: 'Producer "p"' }],
    },
  ],
});
