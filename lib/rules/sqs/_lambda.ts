import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';

/** A consumer group with a Lambda function timeout is an AWS Lambda function behind an event source mapping. */
export function isLambda<G extends { lambdaTimeoutSeconds?: number }>(group: G): group is G & { lambdaTimeoutSeconds: number } {
  return group.lambdaTimeoutSeconds !== undefined;
}

/** AWS asks for a queue visibility timeout of at least six times the function timeout, so throttled retries still fit. */
export const LAMBDA_VISIBILITY_MULTIPLIER = 6;

/** AWS asks for maxReceiveCount of at least 5 on a queue Lambda reads, so throttling alone does not dead-letter messages. */
export const LAMBDA_MIN_RECEIVE_COUNT = 5;

/** The Lambda consumer with the longest function timeout: the one the queue's visibility timeout must cover. */
export function slowestLambda(groups: readonly ResolvedConsumerGroup[]) {
  let slowest: (ResolvedConsumerGroup & { lambdaTimeoutSeconds: number }) | undefined;
  for (const group of groups) {
    if (isLambda(group) && (!slowest || group.lambdaTimeoutSeconds > slowest.lambdaTimeoutSeconds)) slowest = group;
  }
  return slowest;
}
