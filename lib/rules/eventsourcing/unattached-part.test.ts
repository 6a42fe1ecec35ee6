import { testRule } from '../rule-tester';
import { unattachedPart } from './unattached-part';

testRule(unattachedPart, {
  valid: [
    {
      name: 'a command handler, a store, a projection written by a consumer group, and snapshots',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'event-store', id: 'accounts' },
          { kind: 'kafka-topic', id: 'events' },
          { kind: 'consumer-group', id: 'projector' },
          { kind: 'projection', id: 'balances' },
          { kind: 'snapshot-policy', id: 'snap' },
        ],
        connections: [
          { from: 'api', to: 'accounts' },
          { from: 'accounts', to: 'events' },
          { from: 'events', to: 'projector' },
          { from: 'projector', to: 'balances' },
          { from: 'accounts', to: 'snap' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'three loose parts',
      design: {
        nodes: [
          { kind: 'event-store', id: 'accounts' },
          { kind: 'projection', id: 'balances' },
          { kind: 'snapshot-policy', id: 'snap' },
        ],
      },
      findings: [
        { target: 'accounts', messageIncludes: 'Nothing appends' },
        { target: 'balances', messageIncludes: 'fed by nothing' },
        { target: 'snap', messageIncludes: 'reads no event store' },
      ],
    },
  ],
});
