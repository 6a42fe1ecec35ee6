import fc from 'fast-check';
import type { KindArbitraries } from './shared';

/** Arbitrary settings of the Amazon SQS and SNS kinds. */
export const SQS_SNS_FIELDS: KindArbitraries<'sqs-queue' | 'sns-topic'> = {
  'sqs-queue': () => fc.record({ fifo: fc.boolean(), visibilityTimeout: fc.integer({ min: 0, max: 43_200 }), delaySeconds: fc.integer({ min: 0, max: 900 }) }, { requiredKeys: [] }),
  'sns-topic': () => fc.record({ fifo: fc.boolean(), contentBasedDeduplication: fc.boolean() }, { requiredKeys: [] }),
};
