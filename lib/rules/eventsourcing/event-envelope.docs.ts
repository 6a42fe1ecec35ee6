import type { RuleDocs } from '../rule-docs';
import { ES_SOURCES } from './_sources';
import { FULL } from './event-envelope';

/** The docs and examples of `eventsourcing/event-envelope`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Events are kept forever and read by code not yet written. The envelope is what makes them usable: the event id lets consumers deduplicate redeliveries; the type selects the handler and its schema version; aggregate id and version order the stream and make projections idempotent; the timestamp supports time travel; correlation and causation ids let an operator follow one request through every event it caused. Adding them later means rewriting history.',
  howToFix: 'Write the envelope fields with every event (CloudEvents names id, type, source and time) and declare them on the event store.',
  sources: [ES_SOURCES.cloudEvents, ES_SOURCES.correlationIdentifier, ES_SOURCES.fowler],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', envelope: { eventId: true } }] },
    passing: { queuewright: 2, nodes: [{ kind: 'event-store', id: 'accounts', name: 'accounts', envelope: FULL }] },
  },
};
