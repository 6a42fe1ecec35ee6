import { nodesOfKind, updateNode, type EventEnvelope } from '../../design';
import { defineRule } from '../rule';
import { ES_SOURCES } from './_sources';

const FIELDS: ReadonlyArray<[keyof EventEnvelope, string]> = [
  ['eventId', 'event id'],
  ['eventType', 'event type'],
  ['aggregateId', 'aggregate id'],
  ['aggregateVersion', 'aggregate version'],
  ['timestamp', 'timestamp'],
  ['correlationId', 'correlation id'],
  ['causationId', 'causation id'],
];

const FULL: EventEnvelope = { eventId: true, eventType: true, aggregateId: true, aggregateVersion: true, timestamp: true, correlationId: true, causationId: true };

export const eventEnvelope = defineRule({
  meta: {
    id: 'eventsourcing/event-envelope',
    category: 'schema',
    severity: 'warning',
    docs: {
      summary: 'Every stored event carries an envelope: event id, type, aggregate id and version, timestamp, correlation and causation ids.',
      rationale:
        'Events are kept forever and read by code not yet written. The envelope is what makes them usable: the event id lets consumers deduplicate redeliveries; the type selects the handler and its schema version; aggregate id and version order the stream and make projections idempotent; the timestamp supports time travel; correlation and causation ids let an operator follow one request through every event it caused. Adding them later means rewriting history.',
      howToFix: 'Write the envelope fields with every event (CloudEvents names id, type, source and time) and declare them on the event store.',
      sources: [ES_SOURCES.cloudEvents, ES_SOURCES.correlationIdentifier, ES_SOURCES.fowler],
    },
    messages: {
      missing: 'Events in "{store}" lack {fields} in their envelope.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', envelope: { eventId: true } }] },
      passing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', envelope: FULL }] },
    },
  },
  check({ design, report }) {
    for (const store of nodesOfKind(design, 'event-store')) {
      const missing = FIELDS.filter(([key]) => !store.envelope[key]).map(([, label]) => label);
      if (missing.length === 0) continue;
      report({
        target: { type: 'node', id: store.id },
        messageId: 'missing',
        data: { store: store.name, fields: missing.length === 1 ? `${/^[aeiou]/.test(missing[0]) ? 'an' : 'a'} ${missing[0]}` : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` },
        fix: { label: 'Declare the full envelope', apply: (d) => updateNode(d, store.id, { envelope: FULL }) },
      });
    }
  },
});
