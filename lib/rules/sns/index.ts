import type { Rule } from '../rule';
import { encryptedDlqKms } from './encrypted-dlq-kms';
import { fanoutChain } from './fanout-chain';
import { fifoDlqType } from './fifo-dlq-type';
import { fifoFilterAtMostOnce } from './fifo-filter-at-most-once';
import { fifoPublishIds } from './fifo-publish-ids';
import { fifoToStandardQueue } from './fifo-to-standard-queue';
import { fifoTopicEndpoints } from './fifo-topic-endpoints';
import { sqsSubscriptionPolicy } from './sqs-subscription-policy';
import { subscriptionDlq } from './subscription-dlq';

export const snsRules = [
  // Subscriptions and their dead-letter queues.
  subscriptionDlq,
  sqsSubscriptionPolicy,
  encryptedDlqKms,
  // FIFO topics.
  fifoTopicEndpoints,
  fifoToStandardQueue,
  fifoPublishIds,
  fifoDlqType,
  fifoFilterAtMostOnce,
  // The whole fan-out path.
  fanoutChain,
] as const satisfies readonly Rule[];
