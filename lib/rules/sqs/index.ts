import type { Rule } from '../rule';
import { dlqDeclared } from './dlq-declared';
import { dlqPairing } from './dlq-pairing';
import { dlqRetentionGtSource } from './dlq-retention-gt-source';
import { dlqTypeAccountRegion } from './dlq-type-account-region';
import { fifoDlqBreaksOrder } from './fifo-dlq-breaks-order';
import { lambdaVisibility6x } from './lambda-visibility-6x';
import { maxReceiveCountSane } from './max-receive-count-sane';
import { redrivePolicyPresent } from './redrive-policy-present';
import { visibilityTimeoutCoversProcessing } from './visibility-timeout-covers-processing';
import { visibilityVsConsumer } from './visibility-vs-consumer';

export const sqsRules: Rule[] = [
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
];
