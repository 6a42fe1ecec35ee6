import { testRule } from '../rule-tester';
import { lambdaVisibility6x } from './lambda-visibility-6x';

const design = (visibilityTimeout: number, lambdaTimeoutSeconds?: number) => ({
  nodes: [
    { kind: 'sqs-queue', id: 'q', visibilityTimeout },
    { kind: 'consumer-group', id: 'fn', ...(lambdaTimeoutSeconds ? { lambdaTimeoutSeconds } : {}) },
  ],
  connections: [{ from: 'q', to: 'fn' }],
});

testRule(lambdaVisibility6x, {
  valid: [
    { name: 'exactly six times', design: design(180, 30) },
    { name: 'not a Lambda consumer', design: design(30) },
    { name: 'below the function timeout is reported by sqs/visibility-vs-consumer', design: design(10, 30) },
  ],
  invalid: [
    { name: 'twice the function timeout', design: design(60, 30), findings: [{ target: 'q', messageIncludes: 'six times' }], output: { nodes: { q: { visibilityTimeout: 180 } } } },
    { name: 'equal to the function timeout', design: design(900, 900), findings: [{ target: 'q' }], output: { nodes: { q: { visibilityTimeout: 5400 } } } },
  ],
});
