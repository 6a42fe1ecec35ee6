import { testRule } from '../rule-tester';
import { maxLengthDropHeadSilent } from './max-length-drop-head-silent';

testRule(maxLengthDropHeadSilent, {
  valid: [
    { name: 'no length limit', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'reject-publish', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-max-length': 10, 'x-overflow': 'reject-publish' } }] } },
    {
      name: 'drop-head with a DLX',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-max-length': 10 } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq' },
        ],
      },
    },
    { name: 'stream retention by bytes', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'stream', arguments: { 'x-max-length-bytes': 1000000 } }] } },
  ],
  invalid: [
    {
      name: 'max-length with default overflow',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-max-length': 10 } }] },
      findings: [{ target: 'q', messageIncludes: '10 messages' }],
      output: { nodes: { q: { arguments: { 'x-max-length': 10, 'x-overflow': 'reject-publish' } } } },
    },
    {
      name: 'max-length-bytes by policy',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', policy: { 'max-length-bytes': 1048576 } }] },
      findings: [{ target: 'q', messageIncludes: '1048576 bytes' }],
      output: { nodes: { q: { arguments: { 'x-overflow': 'reject-publish' } } } },
    },
  ],
});
