import { testRule } from '../rule-tester';
import { fifoDlqType } from './fifo-dlq-type';

const design = (
  topic: Record<string, unknown>,
  dlq: Record<string, unknown>,
  extra: { clusters?: Record<string, unknown>[]; nodes?: Array<{ kind: string; id: string }>; connections?: Array<{ from: string; to: string }> } = {},
) => ({
  clusters: extra.clusters,
  nodes: [
    { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true, ...topic },
    { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
    { kind: 'sqs-queue', id: 'dlq', role: 'dead-letter', ...dlq },
    ...(extra.nodes ?? []),
  ],
  connections: [{ from: 't', to: 'q', deadLetterQueue: 'dlq' }, ...(extra.connections ?? [])],
});
const aws = (id: string, region: string) => ({ id, name: id, broker: 'sqs-sns', config: { region } });

testRule(fifoDlqType, {
  valid: [
    { name: 'FIFO topic, FIFO DLQ', design: design({}, { fifo: true, name: 'dlq.fifo' }) },
    { name: 'standard topic, standard DLQ', design: design({ fifo: false, name: 't' }, {}) },
    {
      name: 'no DLQ (another rule)',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true },
        ],
        connections: [{ from: 't', to: 'q' }],
      },
    },
  ],
  invalid: [
    {
      name: 'FIFO topic, standard DLQ',
      design: design({}, {}),
      findings: [{ target: 't--q', messageIncludes: 'dead-letters to standard queue "dlq"' }],
      output: { nodes: { dlq: { fifo: true, name: 'dlq.fifo' } } },
    },
    {
      name: 'a standard DLQ shared with a standard queue is not switched',
      design: design({}, {}, { nodes: [{ kind: 'sqs-queue', id: 'std' }], connections: [{ from: 'std', to: 'dlq' }] }),
      findings: [{ target: 't--q' }],
    },
    {
      name: 'DLQ in another region',
      design: design({ cluster: 'eu' }, { fifo: true, name: 'dlq.fifo', cluster: 'us' }, { clusters: [aws('eu', 'eu-west-1'), aws('us', 'us-east-1')] }),
      findings: [{ target: 't--q', messageIncludes: 'in region "us-east-1"' }],
    },
  ],
});
