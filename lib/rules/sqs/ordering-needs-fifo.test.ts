import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { orderingNeedsFifo } from './ordering-needs-fifo';

testRule(orderingNeedsFifo, {
  valid: [
    { name: 'unordered flow on a standard queue', design: withWriter({ requirements: { ordering: 'none' }, nodes: [{ kind: 'sqs-queue', id: 'q' }] }, 'q') },
    { name: 'ordered flow on a FIFO queue', design: withWriter({ nodes: [{ kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true }] }, 'q') },
    {
      name: 'standard dead-letter queue of a standard queue',
      design: { requirements: { ordering: 'per-key' }, nodes: [{ kind: 'sqs-queue', id: 'dlq', role: 'dead-letter' }] },
    },
    {
      name: 'the producer declares its flow unordered',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { ordering: 'none' } },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [{ from: 'api', to: 'q' }],
      },
    },
  ],
  invalid: [
    {
      name: 'design default per-key ordering on a standard queue',
      design: withWriter({ nodes: [{ kind: 'sqs-queue', id: 'q' }] }, 'q'),
      findings: [{ target: 'q', messageIncludes: 'needs per-key ordering' }],
    },
    {
      name: 'strict ordering through SNS into a standard queue',
      design: {
        requirements: { ordering: 'none' },
        nodes: [
          { kind: 'producer', id: 'api', requirements: { ordering: 'strict' } },
          { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'q' },
        ],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 'q' },
        ],
      },
      findings: [{ target: 'q', messageIncludes: 'strict' }],
    },
  ],
});
