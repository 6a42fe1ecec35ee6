import { testRule } from '../rule-tester';
import { fifoPublishIds } from './fifo-publish-ids';

const design = (sqs: Record<string, unknown>, topic: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'producer', id: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true, ...sqs } },
    { kind: 'sns-topic', id: 't', name: 't.fifo', fifo: true, ...topic },
  ],
  connections: [{ from: 'api', to: 't' }],
});

testRule(fifoPublishIds, {
  valid: [
    { name: 'group and dedup ids', design: design({}) },
    { name: 'content-based dedup instead of dedup ids', design: design({ deduplicationId: false }, { contentBasedDeduplication: true }) },
    { name: 'standard topic needs neither', design: design({ messageGroupId: 'none', deduplicationId: false }, { fifo: false, name: 't' }) },
  ],
  invalid: [
    {
      name: 'no group id',
      design: design({ messageGroupId: 'none' }),
      findings: [{ target: 'api', messageIncludes: 'without a MessageGroupId' }],
      output: { nodes: { api: { sqs: { messageGroupId: 'entity-id' } } } },
    },
    {
      name: 'no dedup id and no content-based dedup',
      design: design({ deduplicationId: false }),
      findings: [{ target: 't', messageIncludes: 'producer "api" sends no MessageDeduplicationId' }],
      output: { nodes: { t: { contentBasedDeduplication: true } } },
    },
    {
      name: 'neither',
      design: design({ messageGroupId: 'none', deduplicationId: false }),
      findings: [{ target: 'api' }, { target: 't' }],
      output: { nodes: { api: { sqs: { messageGroupId: 'entity-id' } }, t: { contentBasedDeduplication: true } } },
    },
  ],
});
