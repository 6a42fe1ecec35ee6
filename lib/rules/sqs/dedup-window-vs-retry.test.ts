import { testRule } from '../rule-tester';
import { dedupWindowVsRetry } from './dedup-window-vs-retry';

const design = (retryHorizon: string | undefined, channel: Record<string, unknown>, consumer: Record<string, unknown> = {}) => ({
  nodes: [{ kind: 'producer', id: 'api', ...(retryHorizon ? { retryHorizon } : {}) }, { id: 'ch', ...channel } as { kind: string; id: string }, { kind: 'consumer-group', id: 'worker', ...consumer }],
  connections: [
    { from: 'api', to: 'ch' },
    { from: 'ch', to: 'worker' },
  ],
});
const fifoQueue = { kind: 'sqs-queue', name: 'ch.fifo', fifo: true };

testRule(dedupWindowVsRetry, {
  valid: [
    { name: 'retries within 5 minutes', design: design('5m', fifoQueue) },
    { name: 'no retry horizon declared', design: design(undefined, fifoQueue) },
    { name: 'standard queue', design: design('1h', { kind: 'sqs-queue' }) },
    { name: 'idempotent consumers absorb duplicates', design: design('1h', fifoQueue, { idempotent: true }) },
  ],
  invalid: [
    { name: 'hour-long retries to a FIFO queue', design: design('1h', fifoQueue), findings: [{ target: 'api', messageIncludes: 'retries for 1h' }] },
    {
      name: 'through a FIFO topic to a non-idempotent Lambda',
      design: design('10m', { kind: 'sns-topic', name: 'ch.fifo', fifo: true }),
      findings: [{ target: 'api', messageIncludes: '"ch.fifo"' }],
    },
  ],
});
