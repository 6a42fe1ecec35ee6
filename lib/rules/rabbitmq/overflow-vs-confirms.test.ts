import { testRule } from '../rule-tester';
import { overflowVsConfirms } from './overflow-vs-confirms';

const design = (confirms: boolean, overflow: string | undefined, delivery = 'at-most-once') => ({
  requirements: { delivery },
  nodes: [
    { kind: 'producer', id: 'p', rabbitmq: { confirms } },
    { kind: 'rabbitmq-exchange', id: 'ex', type: 'direct' },
    { kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: overflow ? { 'x-max-length': 10, 'x-overflow': overflow } : {} },
  ],
  connections: [
    { from: 'p', to: 'ex', routingKey: 'k' },
    { from: 'ex', to: 'q', routingKey: 'k' },
  ],
});

testRule(overflowVsConfirms, {
  valid: [
    { name: 'confirms on', design: design(true, 'reject-publish') },
    { name: 'drop-head queue', design: design(false, undefined) },
  ],
  invalid: [
    {
      name: 'an at-least-once publisher without confirms into a reject-publish queue',
      design: design(false, 'reject-publish', 'at-least-once'),
      findings: [{ target: 'p', messageIncludes: 'discarded without the producer knowing' }],
      output: { nodes: { p: { rabbitmq: { confirms: true } } } },
    },
    {
      name: 'no confirms into a reject-publish queue',
      design: design(false, 'reject-publish'),
      findings: [{ target: 'p', messageIncludes: '(reject-publish)' }],
      output: { nodes: { p: { rabbitmq: { confirms: true } } } },
    },
    {
      name: 'no confirms into a reject-publish-dlx queue',
      design: design(false, 'reject-publish-dlx'),
      findings: [{ target: 'p', messageIncludes: 'reject-publish-dlx' }],
      output: { nodes: { p: { rabbitmq: { confirms: true } } } },
    },
  ],
});
