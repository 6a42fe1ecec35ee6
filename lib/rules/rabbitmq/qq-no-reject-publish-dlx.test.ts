import { testRule } from '../rule-tester';
import { qqNoRejectPublishDlx } from './qq-no-reject-publish-dlx';

testRule(qqNoRejectPublishDlx, {
  valid: [
    { name: 'reject-publish on a quorum queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-overflow': 'reject-publish' } }] } },
    { name: 'reject-publish-dlx on a classic queue', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-overflow': 'reject-publish-dlx' } }] } },
  ],
  invalid: [
    {
      name: 'argument',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', arguments: { 'x-overflow': 'reject-publish-dlx' } }] },
      findings: [{ target: 'q', messageIncludes: 'by queue argument' }],
      output: { nodes: { q: { arguments: { 'x-overflow': 'reject-publish' } } } },
    },
    {
      name: 'policy',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { overflow: 'reject-publish-dlx', 'max-length': 5 } }] },
      findings: [{ target: 'q', messageIncludes: 'by policy' }],
      output: { nodes: { q: { policy: { overflow: 'reject-publish', 'max-length': 5 } } } },
    },
  ],
});
