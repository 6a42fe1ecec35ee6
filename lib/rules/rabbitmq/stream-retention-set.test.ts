import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { streamRetentionSet } from './stream-retention-set';

testRule(streamRetentionSet, {
  valid: [
    { name: 'max-age', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream', arguments: { 'x-max-age': '1D' } }] }, 's') },
    { name: 'max-length-bytes by policy', design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream', policy: { 'max-length-bytes': 20000000000 } }] }, 's') },
    { name: 'a quorum queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
  ],
  invalid: [
    {
      name: 'no retention: 7 days by default',
      design: withWriter({ nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream' }] }, 's'),
      findings: [{ target: 's', messageIncludes: 'no retention' }],
      output: { nodes: { s: { arguments: { 'x-max-age': '7D' } } } },
    },
    {
      name: 'no retention: the declared 36-hour replay window',
      design: withWriter({ requirements: { retentionHours: 36 }, nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream' }] }, 's'),
      findings: [{ target: 's' }],
      output: { nodes: { s: { arguments: { 'x-max-age': '36h' } } } },
    },
  ],
});
