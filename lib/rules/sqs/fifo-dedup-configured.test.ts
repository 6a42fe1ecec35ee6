import { testRule } from '../rule-tester';
import { fifoDedupConfigured } from './fifo-dedup-configured';

const producer = (id: string, deduplicationId: boolean) => ({ kind: 'producer', id, sqs: { messageGroupId: 'entity-id', deduplicationId } });
const fifo = (extra: Record<string, unknown> = {}) => ({ kind: 'sqs-queue', id: 'q', name: 'q.fifo', fifo: true, ...extra });

testRule(fifoDedupConfigured, {
  valid: [
    { name: 'producer sends dedup ids', design: { nodes: [producer('api', true), fifo()], connections: [{ from: 'api', to: 'q' }] } },
    { name: 'content-based deduplication', design: { nodes: [producer('api', false), fifo({ contentBasedDeduplication: true })], connections: [{ from: 'api', to: 'q' }] } },
    { name: 'standard queue', design: { nodes: [producer('api', false), { kind: 'sqs-queue', id: 'q' }], connections: [{ from: 'api', to: 'q' }] } },
    {
      name: 'through an SNS FIFO topic, which passes its own id',
      design: {
        nodes: [producer('api', false), { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true, contentBasedDeduplication: true }, fifo()],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 'q' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'neither',
      design: { nodes: [producer('api', false), fifo()], connections: [{ from: 'api', to: 'q' }] },
      findings: [{ target: 'q', messageIncludes: 'producer "api" sends no MessageDeduplicationId' }],
      output: { nodes: { q: { contentBasedDeduplication: true } } },
    },
    {
      name: 'one of two producers lacks ids',
      design: {
        nodes: [producer('api', true), producer('batch', false), fifo()],
        connections: [
          { from: 'api', to: 'q' },
          { from: 'batch', to: 'q' },
        ],
      },
      findings: [{ target: 'q', messageIncludes: '"batch"' }],
      output: { nodes: { q: { contentBasedDeduplication: true } } },
    },
  ],
});
