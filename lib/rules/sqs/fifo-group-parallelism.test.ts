import { testRule } from '../rule-tester';
import { fifoGroupParallelism } from './fifo-group-parallelism';

const design = (groups: string[], instances: number, extra: Record<string, unknown> = {}) => ({
  ...extra,
  nodes: [
    ...groups.map((messageGroupId, i) => ({ kind: 'producer', id: `p${i}`, sqs: { messageGroupId, deduplicationId: true } })),
    { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
    { kind: 'consumer-group', id: 'workers', instances },
  ],
  connections: [...groups.map((_, i) => ({ from: `p${i}`, to: 'q' })), { from: 'q', to: 'workers' }],
});

testRule(fifoGroupParallelism, {
  valid: [
    { name: 'entity-id groups', design: design(['entity-id'], 4) },
    { name: 'constant group, one instance', design: design(['constant'], 1) },
    { name: 'one producer with entity ids gives the queue many groups', design: design(['constant', 'entity-id'], 4) },
    { name: 'a strictly ordered flow needs one group', design: design(['constant'], 4, { requirements: { ordering: 'strict' } }) },
  ],
  invalid: [
    {
      name: 'constant group with four instances',
      design: design(['constant'], 4),
      findings: [{ target: 'q', messageIncludes: 'has 4 consumer instances but producer "p0" sends' }],
      output: { nodes: { p0: { sqs: { messageGroupId: 'entity-id', deduplicationId: true } } } },
    },
    {
      name: 'two constant producers',
      design: design(['constant', 'constant'], 2),
      findings: [{ target: 'q', messageIncludes: 'producers "p0", "p1"' }],
      output: { nodes: { p0: { sqs: { messageGroupId: 'entity-id' } }, p1: { sqs: { messageGroupId: 'entity-id' } } } },
    },
  ],
});
