import { testRule } from '../rule-tester';
import { exactlyOnceChain } from './exactly-once-chain';

const chain = (producer: Record<string, unknown>, stream: Record<string, unknown>, group: Record<string, unknown>) => ({
  requirements: { delivery: 'exactly-once' },
  nodes: [
    { kind: 'producer', id: 'api', ...producer },
    { kind: 'nats-stream', id: 'payments', subjects: ['payments.>'], ...stream },
    { kind: 'consumer-group', id: 'ledger', ...group },
  ],
  connections: [
    { from: 'api', to: 'payments', subject: 'payments.captured' },
    { from: 'payments', to: 'ledger' },
  ],
});

testRule(exactlyOnceChain, {
  valid: [
    { name: 'every link in place', design: chain({ retryHorizon: '1m' }, {}, { nats: { ackSync: true } }) },
    { name: 'retry horizon equal to the window', design: chain({ retryHorizon: '10m' }, { duplicate_window: '10m' }, { nats: { ackSync: true } }) },
    {
      name: 'an at-least-once flow needs none of it',
      design: { ...chain({ nats: { msgIdHeader: false }, retryHorizon: '1h' }, {}, {}), requirements: { delivery: 'at-least-once' } },
    },
    {
      name: 'a consumer filtered away from the exactly-once subject',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { delivery: 'exactly-once' } },
          { kind: 'nats-stream', id: 'payments' },
          { kind: 'consumer-group', id: 'audit', nats: { filter_subjects: ['payments.audit.>'] } },
        ],
        connections: [
          { from: 'api', to: 'payments', subject: 'payments.captured' },
          { from: 'payments', to: 'audit' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'every link broken',
      design: chain({ nats: { msgIdHeader: false }, retryHorizon: '10m' }, {}, {}),
      findings: [
        { target: 'api', messageIncludes: 'Nats-Msg-Id' },
        { target: 'ledger', messageIncludes: 'AckSync' },
        { target: 'payments', messageIncludes: 'de-duplicates for 2m' },
      ],
      output: {
        nodes: {
          api: { nats: { msgIdHeader: true, jetstreamPublish: true } },
          payments: { duplicate_window: '10m' },
          ledger: { nats: { ackSync: true } },
        },
      },
    },
    {
      name: 'only the consumer lacks AckSync',
      design: chain({}, {}, { nats: { ackSync: false } }),
      findings: [{ target: 'ledger' }],
      output: { nodes: { ledger: { nats: { ackSync: true } } } },
    },
  ],
});
