import { testRule } from '../rule-tester';
import { eventEnvelope } from './event-envelope';

const full = { eventId: true, eventType: true, aggregateId: true, aggregateVersion: true, timestamp: true, correlationId: true, causationId: true };

testRule(eventEnvelope, {
  valid: [{ name: 'the full envelope', design: { nodes: [{ kind: 'event-store', id: 'accounts', envelope: full }] } }],
  invalid: [
    {
      name: 'no correlation or causation ids',
      design: { nodes: [{ kind: 'event-store', id: 'accounts', envelope: { ...full, correlationId: false, causationId: false } }] },
      findings: [{ target: 'accounts', messageIncludes: 'lack correlation id and causation id' }],
      output: { nodes: { accounts: { envelope: full } } },
    },
    {
      name: 'one field missing',
      design: { nodes: [{ kind: 'event-store', id: 'accounts', envelope: { ...full, aggregateVersion: false } }] },
      findings: [{ target: 'accounts', messageIncludes: 'lack an aggregate version' }],
    },
    {
      name: 'nothing declared',
      design: { nodes: [{ kind: 'event-store', id: 'accounts' }] },
      findings: [{ target: 'accounts', messageIncludes: 'event id, event type, aggregate id' }],
    },
  ],
});
