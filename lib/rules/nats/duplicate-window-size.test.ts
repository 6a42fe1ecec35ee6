import { testRule } from '../rule-tester';
import { duplicateWindowSize } from './duplicate-window-size';

testRule(duplicateWindowSize, {
  valid: [
    { name: 'the default 2m', design: { nodes: [{ kind: 'nats-stream', id: 's' }] } },
    { name: 'one hour', design: { nodes: [{ kind: 'nats-stream', id: 's', duplicate_window: '1h' }] } },
    {
      name: 'a day, because a producer retries for a day',
      design: {
        nodes: [
          { kind: 'producer', id: 'batch', retryHorizon: '24h' },
          { kind: 'nats-stream', id: 's', duplicate_window: '1d' },
        ],
        connections: [{ from: 'batch', to: 's' }],
      },
    },
  ],
  invalid: [
    {
      name: 'a week with no retry horizon',
      design: { nodes: [{ kind: 'nats-stream', id: 's', duplicate_window: '7d' }] },
      findings: [{ target: 's', messageIncludes: '7d' }],
      output: { nodes: { s: { duplicate_window: '2m' } } },
    },
    {
      name: 'a day for a producer that retries 6 hours',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', retryHorizon: '6h' },
          { kind: 'nats-stream', id: 's', duplicate_window: '1d' },
        ],
        connections: [{ from: 'api', to: 's' }],
      },
      findings: [{ target: 's', messageIncludes: '(6h)' }],
      output: { nodes: { s: { duplicate_window: '6h' } } },
    },
  ],
});
