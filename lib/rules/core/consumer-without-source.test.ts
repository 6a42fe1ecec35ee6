import { testRule } from '../rule-tester';
import { consumerWithoutSource } from './consumer-without-source';

testRule(consumerWithoutSource, {
  valid: [
    {
      name: 'a group fed by an SNS topic directly (Lambda)',
      design: {
        nodes: [
          { kind: 'sns-topic', id: 't' },
          { kind: 'consumer-group', id: 'fn' },
        ],
        connections: [{ from: 't', to: 'fn' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a group that only publishes',
      design: {
        nodes: [
          { kind: 'consumer-group', id: 'svc' },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'svc', to: 't' }],
      },
      findings: [{ target: 'svc', messageIncludes: 'consumes nothing' }],
    },
  ],
});
