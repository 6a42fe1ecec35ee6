import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { dlxAtLeastOnceStrategy } from './dlx-at-least-once-strategy';

const design = (args: Record<string, unknown>, criticality = 'critical', type = 'quorum') => ({
  requirements: { criticality },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'rabbitmq-queue', id: 'q', type, arguments: args },
    { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
    { kind: 'rabbitmq-queue', id: 'dlq' },
  ],
  connections: [
    { from: 'p', to: 'q' },
    { from: 'q', to: 'dlx' },
    { from: 'dlx', to: 'dlq' },
  ],
});

testRule(dlxAtLeastOnceStrategy, {
  valid: [
    { name: 'at-least-once with reject-publish', design: design({ 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' }) },
    { name: 'normal criticality', design: design({}, 'normal') },
    { name: 'classic queue', design: design({}, 'critical', 'classic') },
    {
      name: 'critical quorum queue without DLX (quorum-queue-has-dlx covers it)',
      design: withWriter({ requirements: { criticality: 'critical' }, nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] }, 'q'),
    },
  ],
  invalid: [
    {
      name: 'default strategy',
      design: design({}),
      findings: [{ target: 'q', messageIncludes: 'dead-letter-strategy=at-most-once, overflow=drop-head' }],
      output: { nodes: { q: { arguments: { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } } } },
    },
    {
      name: 'at-least-once with drop-head falls back',
      design: design({ 'x-dead-letter-strategy': 'at-least-once', 'x-max-length': 1000 }),
      findings: [{ target: 'q', messageIncludes: 'overflow=drop-head' }],
      output: { nodes: { q: { arguments: { 'x-max-length': 1000, 'x-overflow': 'reject-publish' } } } },
    },
  ],
});
