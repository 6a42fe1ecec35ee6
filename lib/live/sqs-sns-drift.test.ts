import { describe, expect, it } from 'vitest';
import { canonicalJson, redriveText } from './sqs-sns-drift';

/** The SQS/SNS comparisons that do not need an account (moto proves the rest in sqs-sns-audit.test.ts). */
describe('SQS/SNS values compared', () => {
  it('filter policies compare by content: key order does not matter, and {} or empty text is no policy', () => {
    expect(canonicalJson('{"b":[1],"a":{"y":2,"x":1}}')).toBe(canonicalJson({ a: { x: 1, y: 2 }, b: [1] }));
    expect(canonicalJson('{}')).toBeUndefined();
    expect(canonicalJson('  ')).toBeUndefined();
    expect(canonicalJson('not json')).toBe('not json');
  });

  it('a redrive policy is named by its target queue, not the account in its ARN', () => {
    expect(redriveText(JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:orders-dlq', maxReceiveCount: '5' }))).toBe('orders-dlq after 5 receives');
    expect(redriveText(JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:1:dlq' }))).toBe('dlq');
    expect(redriveText('')).toBeUndefined();
  });
});
