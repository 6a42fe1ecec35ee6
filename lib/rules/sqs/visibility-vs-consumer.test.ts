import { testRule } from '../rule-tester';
import { visibilityVsConsumer } from './visibility-vs-consumer';

const lambda = (id: string, timeout: number) => ({ kind: 'consumer-group', id, lambdaTimeoutSeconds: timeout });

testRule(visibilityVsConsumer, {
  valid: [
    {
      name: 'visibility equal to the function timeout (6x is another rule)',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', visibilityTimeout: 60 }, lambda('fn', 60)], connections: [{ from: 'q', to: 'fn' }] },
    },
    {
      name: 'a slow consumer that is not a Lambda function',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q', visibilityTimeout: 30 },
          { kind: 'consumer-group', id: 'svc', processingMsP99: 90_000 },
        ],
        connections: [{ from: 'q', to: 'svc' }],
      },
    },
  ],
  invalid: [
    {
      name: 'function timeout longer than the visibility timeout',
      design: { nodes: [{ kind: 'sqs-queue', id: 'q', visibilityTimeout: 30 }, lambda('fn', 60)], connections: [{ from: 'q', to: 'fn' }] },
      findings: [{ target: 'q', messageIncludes: 'rejects the event source mapping' }],
      output: { nodes: { q: { visibilityTimeout: 360 } } },
    },
    {
      name: 'the longest of two functions decides',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'q', visibilityTimeout: 100 }, lambda('fast', 30), lambda('slow', 900)],
        connections: [
          { from: 'q', to: 'fast' },
          { from: 'q', to: 'slow' },
        ],
      },
      findings: [{ target: 'q', messageIncludes: '"slow"' }],
      output: { nodes: { q: { visibilityTimeout: 5400 } } },
    },
  ],
});
