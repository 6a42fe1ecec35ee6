import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/attribute-ranges`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "SQS refuses a queue with VisibilityTimeout outside 0–43200 s, MessageRetentionPeriod outside 60–1209600 s (1 minute to 14 days), DelaySeconds outside 0–900 s, ReceiveMessageWaitTimeSeconds outside 0–20 s or MaximumMessageSize outside 1024–1048576 bytes (1 MiB since 2025; 256 KiB before). A message larger than the queue's MaximumMessageSize is rejected on send. Sizes are those the producers that send to the queue directly declare; messages through SNS are checked by sns/fanout-chain.",
  howToFix:
    'Bring each attribute into its range (the fix clamps it). For large messages, raise MaximumMessageSize (the fix does, up to 1 MiB) or keep the payload in S3 and send a reference (the SQS Extended Client Library).',
  sources: [AWS_DOCS.queueParameters, AWS_DOCS.messageQuotas, AWS_DOCS.visibilityTimeout, AWS_DOCS.messageTimers],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'sqs-queue', id: 'jobs', name: 'jobs', messageRetentionPeriod: 2_592_000 }] },
    passing: { queuewright: 2, nodes: [{ kind: 'sqs-queue', id: 'jobs', name: 'jobs', messageRetentionPeriod: 1_209_600 }] },
  },
};
