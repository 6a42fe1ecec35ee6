import { testRule } from '../rule-tester';
import { pushAckDeadline } from './push-ack-deadline';

const push = { pushEndpoint: 'https://x.example/push', oidcServiceAccountEmail: 'p@x.iam.gserviceaccount.com' };
const sub = (fields: Record<string, unknown>, p99: number) => ({
  nodes: [
    { kind: 'pubsub-topic', id: 't' },
    { kind: 'pubsub-subscription', id: 's', ...fields },
    { kind: 'consumer-group', id: 'c', processingMsP99: p99 },
  ],
  connections: [
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(pushAckDeadline, {
  valid: [
    { name: 'a push deadline above the p99', design: sub({ deliveryType: 'push', pushConfig: push, ackDeadlineSeconds: 30 }, 12_000) },
    { name: 'a slow pull consumer: the client library extends the deadline', design: sub({}, 120_000) },
    { name: 'the default 10 s covers a 200 ms handler', design: sub({ deliveryType: 'push', pushConfig: push }, 200) },
  ],
  invalid: [
    {
      name: 'the default 10 s deadline under a 30 s handler',
      design: sub({ deliveryType: 'push', pushConfig: push }, 30_000),
      findings: [{ target: 's', messageIncludes: 'has a 10s ack deadline' }],
      output: { nodes: { s: { ackDeadlineSeconds: 60 } } },
    },
    {
      name: 'a handler slower than the longest deadline: no fix but pulling',
      design: sub({ deliveryType: 'push', pushConfig: push, ackDeadlineSeconds: 600 }, 900_000),
      findings: [{ target: 's', messageIncludes: 'beyond the longest ack deadline (600s)' }],
    },
  ],
});
