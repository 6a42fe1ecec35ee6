import { docs as sqsAttributeRanges } from './attribute-ranges.docs';
import { docs as sqsDedupWindowVsRetry } from './dedup-window-vs-retry.docs';
import { docs as sqsDlqDeclared } from './dlq-declared.docs';
import { docs as sqsDlqPairing } from './dlq-pairing.docs';
import { docs as sqsDlqRetentionGtSource } from './dlq-retention-gt-source.docs';
import { docs as sqsDlqTypeAccountRegion } from './dlq-type-account-region.docs';
import { docs as sqsFifoDedupConfigured } from './fifo-dedup-configured.docs';
import { docs as sqsFifoDlqBreaksOrder } from './fifo-dlq-breaks-order.docs';
import { docs as sqsFifoGroupIdRequired } from './fifo-group-id-required.docs';
import { docs as sqsFifoGroupParallelism } from './fifo-group-parallelism.docs';
import { docs as sqsFifoGroupVsConsumers } from './fifo-group-vs-consumers.docs';
import { docs as sqsFifoNameSuffix } from './fifo-name-suffix.docs';
import { docs as sqsFifoThroughputLimit } from './fifo-throughput-limit.docs';
import { docs as sqsInFlightQuota } from './in-flight-quota.docs';
import { docs as sqsLambdaVisibility6x } from './lambda-visibility-6x.docs';
import { docs as sqsLongPolling } from './long-polling.docs';
import { docs as sqsMaxReceiveCountSane } from './max-receive-count-sane.docs';
import { docs as sqsOrderingNeedsFifo } from './ordering-needs-fifo.docs';
import { docs as sqsRedrivePolicyPresent } from './redrive-policy-present.docs';
import { docs as sqsStandardIdempotentConsumer } from './standard-idempotent-consumer.docs';
import { docs as sqsVisibilityTimeoutCoversProcessing } from './visibility-timeout-covers-processing.docs';
import { docs as sqsVisibilityVsConsumer } from './visibility-vs-consumer.docs';
import type { FamilyDocs } from '../rule-docs';

/** The sqs family's docs, one line per rule; the type requires every `sqs/` rule and allows no other. */
export const sqsDocs: FamilyDocs<'sqs'> = {
  'sqs/attribute-ranges': sqsAttributeRanges,
  'sqs/dedup-window-vs-retry': sqsDedupWindowVsRetry,
  'sqs/dlq-declared': sqsDlqDeclared,
  'sqs/dlq-pairing': sqsDlqPairing,
  'sqs/dlq-retention-gt-source': sqsDlqRetentionGtSource,
  'sqs/dlq-type-account-region': sqsDlqTypeAccountRegion,
  'sqs/fifo-dedup-configured': sqsFifoDedupConfigured,
  'sqs/fifo-dlq-breaks-order': sqsFifoDlqBreaksOrder,
  'sqs/fifo-group-id-required': sqsFifoGroupIdRequired,
  'sqs/fifo-group-parallelism': sqsFifoGroupParallelism,
  'sqs/fifo-group-vs-consumers': sqsFifoGroupVsConsumers,
  'sqs/fifo-name-suffix': sqsFifoNameSuffix,
  'sqs/fifo-throughput-limit': sqsFifoThroughputLimit,
  'sqs/in-flight-quota': sqsInFlightQuota,
  'sqs/lambda-visibility-6x': sqsLambdaVisibility6x,
  'sqs/long-polling': sqsLongPolling,
  'sqs/max-receive-count-sane': sqsMaxReceiveCountSane,
  'sqs/ordering-needs-fifo': sqsOrderingNeedsFifo,
  'sqs/redrive-policy-present': sqsRedrivePolicyPresent,
  'sqs/standard-idempotent-consumer': sqsStandardIdempotentConsumer,
  'sqs/visibility-timeout-covers-processing': sqsVisibilityTimeoutCoversProcessing,
  'sqs/visibility-vs-consumer': sqsVisibilityVsConsumer,
};
