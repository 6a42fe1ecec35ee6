import { testRule } from '../rule-tester';
import { fifoGroupVsConsumers } from './fifo-group-vs-consumers';

const design = (messageGroupId: string, publishRate: number, processingMsP50: number, extra: Record<string, unknown>[] = []) => ({
  nodes: [
    { kind: 'producer', id: 'ingest', publishRate, sqs: { messageGroupId, deduplicationId: true } },
    { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
    { kind: 'consumer-group', id: 'worker', processingMsP50, instances: 5 },
    ...(extra as Array<{ kind: string; id: string }>),
  ],
  connections: [
    { from: 'ingest', to: 'q' },
    { from: 'q', to: 'worker' },
  ],
});

testRule(fifoGroupVsConsumers, {
  valid: [
    { name: 'constant group the consumer keeps up with', design: design('constant', 40, 20) },
    { name: 'entity groups spread the load', design: design('entity-id', 5000, 20) },
    {
      name: 'no consumer declared',
      design: {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 1e6, sqs: { messageGroupId: 'constant' } },
          { kind: 'sqs-queue', id: 'q', fifo: true, name: 'q.fifo' },
        ],
        connections: [{ from: 'p', to: 'q' }],
      },
    },
  ],
  invalid: [
    {
      name: '500 msg/s into one group processed at 20 ms each',
      design: design('constant', 500, 20),
      findings: [{ target: 'ingest', messageIncludes: 'about 50 msg/s at 20 ms each' }],
    },
    {
      name: 'through an SNS FIFO topic',
      design: {
        nodes: [
          { kind: 'producer', id: 'ingest', publishRate: 100, sqs: { messageGroupId: 'constant', deduplicationId: true } },
          { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
          { kind: 'consumer-group', id: 'worker', processingMsP50: 150 },
        ],
        connections: [
          { from: 'ingest', to: 't' },
          { from: 't', to: 'q' },
          { from: 'q', to: 'worker' },
        ],
      },
      findings: [{ target: 'ingest', messageIncludes: '"q.fifo"' }],
    },
  ],
});
