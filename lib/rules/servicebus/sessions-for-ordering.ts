import { updateNode } from '../../design';
import { consumersOf } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { holdsDeadLetters, receivers } from './_entities';

export const sessionsForOrdering = defineRule({
  meta: {
    id: 'servicebus/sessions-for-ordering',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'servicebus-queue', 'servicebus-subscription', 'consumer-group', 'projection'],
    summary: 'A Service Bus queue or subscription on a flow that needs ordering must require sessions: without them, competing receivers and redeliveries take its messages in any order.',
    messages: {
      unordered:
        '{entity} "{name}" is on a flow that needs {ordering} ordering but does not require sessions, so its receivers take messages concurrently and a redelivered message comes back after later ones: Service Bus keeps FIFO order only within a session.',
    },
  },
  check({ design, graph, report }) {
    for (const receiver of receivers(design)) {
      if (receiver.requiresSession || consumersOf(design, receiver.id).length === 0 || holdsDeadLetters(graph, receiver)) continue;
      const ordering = requirementsAt(design, receiver.id)?.ordering;
      if (ordering === undefined || ordering === 'none') continue;
      report({
        target: { type: 'node', id: receiver.id },
        messageId: 'unordered',
        data: { entity: receiver.kind === 'servicebus-queue' ? 'Queue' : 'Subscription', name: receiver.name, ordering },
        fix: { label: 'Require sessions (set when the entity is created; senders set SessionId)', apply: (d) => updateNode(d, receiver.id, { requiresSession: true }) },
      });
    }
  },
});
