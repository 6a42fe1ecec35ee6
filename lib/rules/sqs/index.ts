import type { Rule } from '../rule';
import { attributeRanges } from './attribute-ranges';
import { dedupWindowVsRetry } from './dedup-window-vs-retry';
import { dlqDeclared } from './dlq-declared';
import { dlqPairing } from './dlq-pairing';
import { dlqRetentionGtSource } from './dlq-retention-gt-source';
import { dlqTypeAccountRegion } from './dlq-type-account-region';
import { fifoDedupConfigured } from './fifo-dedup-configured';
import { fifoDlqBreaksOrder } from './fifo-dlq-breaks-order';
import { fifoGroupIdRequired } from './fifo-group-id-required';
import { fifoGroupParallelism } from './fifo-group-parallelism';
import { fifoGroupVsConsumers } from './fifo-group-vs-consumers';
import { fifoNameSuffix } from './fifo-name-suffix';
import { fifoThroughputLimit } from './fifo-throughput-limit';
import { inFlightQuota } from './in-flight-quota';
import { lambdaVisibility6x } from './lambda-visibility-6x';
import { longPolling } from './long-polling';
import { maxReceiveCountSane } from './max-receive-count-sane';
import { orderingNeedsFifo } from './ordering-needs-fifo';
import { redrivePolicyPresent } from './redrive-policy-present';
import { standardIdempotentConsumer } from './standard-idempotent-consumer';
import { visibilityTimeoutCoversProcessing } from './visibility-timeout-covers-processing';
import { visibilityVsConsumer } from './visibility-vs-consumer';

export const sqsRules = [
  // Visibility timeout against the consumers.
  visibilityTimeoutCoversProcessing,
  visibilityVsConsumer,
  lambdaVisibility6x,
  // Dead-letter queues.
  redrivePolicyPresent,
  maxReceiveCountSane,
  dlqRetentionGtSource,
  dlqTypeAccountRegion,
  dlqDeclared,
  dlqPairing,
  fifoDlqBreaksOrder,
  // FIFO: names, deduplication, message groups.
  fifoNameSuffix,
  fifoDedupConfigured,
  fifoGroupIdRequired,
  dedupWindowVsRetry,
  fifoGroupParallelism,
  fifoGroupVsConsumers,
  // Ordering and duplicates on standard queues.
  orderingNeedsFifo,
  standardIdempotentConsumer,
  // Quotas and attributes.
  fifoThroughputLimit,
  inFlightQuota,
  longPolling,
  attributeRanges,
] as const satisfies readonly Rule[];
