import { testRule } from '../rule-tester';
import { quorumNotForTemporary } from './quorum-not-for-temporary';

testRule(quorumNotForTemporary, {
  valid: [
    { name: 'long-lived quorum queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] } },
    { name: 'temporary classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-expires': 60000 } }] } },
  ],
  invalid: [
    {
      name: 'quorum queue with x-expires',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-expires': 60000 } }] },
      findings: [{ target: 'q', messageIncludes: '60000 ms' }],
    },
    {
      name: 'quorum queue with an expires policy',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { expires: 1000 } }] },
      findings: [{ target: 'q', messageIncludes: '1000 ms' }],
    },
    {
      name: 'an exclusive quorum queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'quorum', exclusive: true }] },
      findings: [{ target: 'q', messageIncludes: 'temporary (it is exclusive)' }],
    },
    {
      name: 'an auto-delete quorum queue',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'quorum', autoDelete: true }] },
      findings: [{ target: 'q', messageIncludes: 'temporary (it is auto-delete)' }],
    },
  ],
});
