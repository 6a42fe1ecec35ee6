import { testRule } from '../rule-tester';
import { fifoGroupIdRequired } from './fifo-group-id-required';

const producer = (messageGroupId: string, extra: Record<string, unknown> = {}) => ({ kind: 'producer', id: 'api', sqs: { messageGroupId, deduplicationId: true }, ...extra });
const fifo = { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true };

testRule(fifoGroupIdRequired, {
  valid: [
    { name: 'entity id', design: { nodes: [producer('entity-id'), fifo], connections: [{ from: 'api', to: 'q' }] } },
    { name: 'no group id to a standard queue', design: { nodes: [producer('none'), { kind: 'sqs-queue', id: 'q' }], connections: [{ from: 'api', to: 'q' }] } },
  ],
  invalid: [
    {
      name: 'no group id to a FIFO queue',
      design: { nodes: [producer('none'), fifo], connections: [{ from: 'api', to: 'q' }] },
      findings: [{ target: 'api', messageIncludes: 'FIFO queue "q.fifo" without a MessageGroupId' }],
      output: { nodes: { api: { sqs: { messageGroupId: 'entity-id', deduplicationId: true } } } },
    },
    {
      name: 'a strictly ordered flow gets one constant group',
      design: { nodes: [producer('none', { requirements: { ordering: 'strict' } }), fifo], connections: [{ from: 'api', to: 'q' }] },
      findings: [{ target: 'api' }],
      output: { nodes: { api: { sqs: { messageGroupId: 'constant' } } } },
    },
  ],
});
