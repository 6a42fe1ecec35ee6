import { clusterOf } from '../../design';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';

/**
 * Where an SQS queue or SNS topic lives. In Queuewright an `sqs-sns` cluster
 * stands for an AWS account and region; its settings `accountId` and `region`
 * say which. A dead-letter queue must be in the same account and region as
 * its source, and an SNS subscription's DLQ as its topic.
 */
export interface LocationDifference {
  field: 'account' | 'region';
  from: string;
  to: string;
}

const FIELDS = [
  ['account', 'accountId'],
  ['region', 'region'],
] as const;

/**
 * How `b` is located differently from `a`, judged only on settings both
 * clusters declare: two clusters that say nothing are not assumed apart.
 */
export function locationDifference(design: ResolvedDesign, a: ResolvedNode, b: ResolvedNode): LocationDifference | undefined {
  const clusterA = clusterOf(design, a);
  const clusterB = clusterOf(design, b);
  if (!clusterA || !clusterB || clusterA.id === clusterB.id) return undefined;
  for (const [field, key] of FIELDS) {
    const from = clusterA.config[key];
    const to = clusterB.config[key];
    if (from !== undefined && to !== undefined && String(from) !== String(to)) return { field, from: String(from), to: String(to) };
  }
  return undefined;
}
