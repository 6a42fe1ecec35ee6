import { testRule } from '../rule-tester';
import { sqsSubscriptionPolicy } from './sqs-subscription-policy';

const design = (subscription: Record<string, unknown>, queue: Record<string, unknown> = {}) => ({
  nodes: [
    { kind: 'sns-topic', id: 't' },
    { kind: 'sqs-queue', id: 'q', ...queue },
  ],
  connections: [{ from: 't', to: 'q', ...subscription }],
});

testRule(sqsSubscriptionPolicy, {
  valid: [
    { name: 'policy allows the topic', design: design({ queuePolicyAllowsTopic: true }) },
    { name: 'policy not declared either way', design: design({}) },
    { name: 'SQS-managed encryption', design: design({ queuePolicyAllowsTopic: true }, { kmsManagedKey: 'sqs-managed' }) },
    { name: 'customer managed key', design: design({ queuePolicyAllowsTopic: true }, { kmsManagedKey: 'customer-managed' }) },
  ],
  invalid: [
    {
      name: 'policy does not allow the topic',
      design: design({ queuePolicyAllowsTopic: false }),
      findings: [{ target: 't--q', messageIncludes: 'does not allow topic "t"' }],
      output: { connections: { 't--q': { queuePolicyAllowsTopic: true } } },
    },
    {
      name: 'AWS managed key',
      design: design({ queuePolicyAllowsTopic: true }, { kmsManagedKey: 'aws-managed' }),
      findings: [{ target: 't--q', messageIncludes: 'AWS managed key' }],
      output: { nodes: { q: { kmsManagedKey: 'customer-managed' } } },
    },
    {
      name: 'both',
      design: design({ queuePolicyAllowsTopic: false }, { kmsManagedKey: 'aws-managed' }),
      findings: [
        { target: 't--q', messageIncludes: 'AWS managed key' },
        { target: 't--q', messageIncludes: 'policy' },
      ],
      output: { connections: { 't--q': { queuePolicyAllowsTopic: true } }, nodes: { q: { kmsManagedKey: 'customer-managed' } } },
    },
  ],
});
