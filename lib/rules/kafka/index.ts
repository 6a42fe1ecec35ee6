import type { Rule } from '../rule';
import { acksAllForAtLeastOnce } from './acks-all-for-at-least-once';
import { deliveryTimeoutGeLingerPlusRequest } from './delivery-timeout-ge-linger-plus-request';
import { globalOrderSinglePartition } from './global-order-single-partition';
import { idempotenceMaxInFlightLe5 } from './idempotence-max-in-flight-le-5';
import { idempotenceRequiresAcksAll } from './idempotence-requires-acks-all';
import { idempotenceRequiresRetries } from './idempotence-requires-retries';
import { keyRequiredForPerKeyOrdering } from './key-required-for-per-key-ordering';
import { noReorderingOnRetry } from './no-reordering-on-retry';
import { requestTimeoutGtReplicaLag } from './request-timeout-gt-replica-lag';
import { transactionalIdRequiresIdempotence } from './transactional-id-requires-idempotence';

/** The Kafka family (topics on Apache Kafka or Redpanda clusters), in id order. */
export const kafkaRules: Rule[] = [
  acksAllForAtLeastOnce,
  deliveryTimeoutGeLingerPlusRequest,
  globalOrderSinglePartition,
  idempotenceMaxInFlightLe5,
  idempotenceRequiresAcksAll,
  idempotenceRequiresRetries,
  keyRequiredForPerKeyOrdering,
  noReorderingOnRetry,
  requestTimeoutGtReplicaLag,
  transactionalIdRequiresIdempotence,
];
