import { nodesOfKind, updateNode, type EventEnvelope } from '../../design';
import { defineRule } from '../rule';

const FIELDS: ReadonlyArray<[keyof EventEnvelope, string]> = [
  ['eventId', 'event id'],
  ['eventType', 'event type'],
  ['aggregateId', 'aggregate id'],
  ['aggregateVersion', 'aggregate version'],
  ['timestamp', 'timestamp'],
  ['correlationId', 'correlation id'],
  ['causationId', 'causation id'],
];

export const FULL: EventEnvelope = { eventId: true, eventType: true, aggregateId: true, aggregateVersion: true, timestamp: true, correlationId: true, causationId: true };

export const eventEnvelope = defineRule({
  meta: {
    id: 'eventsourcing/event-envelope',
    category: 'schema',
    severity: 'warning',
    reads: ['event-store'],
    scope: 'node',
    summary: 'Every stored event carries an envelope: event id, type, aggregate id and version, timestamp, correlation and causation ids.',
    messages: {
      missing: 'Events in "{store}" lack {fields} in their envelope.',
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
