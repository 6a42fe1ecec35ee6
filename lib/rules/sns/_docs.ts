import { docs as snsEncryptedDlqKms } from './encrypted-dlq-kms.docs';
import { docs as snsFanoutChain } from './fanout-chain.docs';
import { docs as snsFifoDlqType } from './fifo-dlq-type.docs';
import { docs as snsFifoFilterAtMostOnce } from './fifo-filter-at-most-once.docs';
import { docs as snsFifoPublishIds } from './fifo-publish-ids.docs';
import { docs as snsFifoToStandardQueue } from './fifo-to-standard-queue.docs';
import { docs as snsFifoTopicEndpoints } from './fifo-topic-endpoints.docs';
import { docs as snsSqsSubscriptionPolicy } from './sqs-subscription-policy.docs';
import { docs as snsSubscriptionDlq } from './subscription-dlq.docs';
import type { FamilyDocs } from '../rule-docs';

/** The sns family's docs, one line per rule; the type requires every `sns/` rule and allows no other. */
export const snsDocs: FamilyDocs<'sns'> = {
  'sns/encrypted-dlq-kms': snsEncryptedDlqKms,
  'sns/fanout-chain': snsFanoutChain,
  'sns/fifo-dlq-type': snsFifoDlqType,
  'sns/fifo-filter-at-most-once': snsFifoFilterAtMostOnce,
  'sns/fifo-publish-ids': snsFifoPublishIds,
  'sns/fifo-to-standard-queue': snsFifoToStandardQueue,
  'sns/fifo-topic-endpoints': snsFifoTopicEndpoints,
  'sns/sqs-subscription-policy': snsSqsSubscriptionPolicy,
  'sns/subscription-dlq': snsSubscriptionDlq,
};
