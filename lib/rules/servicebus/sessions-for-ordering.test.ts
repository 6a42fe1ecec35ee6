import { testRule } from '../rule-tester';
import { sessionsForOrdering } from './sessions-for-ordering';

const queueFlow = (ordering: string, fields: Record<string, unknown> = {}) => ({
  requirements: { ordering },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'servicebus-queue', id: 'q', ...fields },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 'q' },
    { from: 'q', to: 'c' },
  ],
});

const topicFlow = (fields: Record<string, unknown> = {}) => ({
  requirements: { ordering: 'per-key' },
  nodes: [
    { kind: 'producer', id: 'p' },
    { kind: 'servicebus-topic', id: 't' },
    { kind: 'servicebus-subscription', id: 's', ...fields },
    { kind: 'consumer-group', id: 'c' },
  ],
  connections: [
    { from: 'p', to: 't' },
    { from: 't', to: 's' },
    { from: 's', to: 'c' },
  ],
});

testRule(sessionsForOrdering, {
  valid: [
    { name: 'a session-aware queue on a per-key flow', design: queueFlow('per-key', { requiresSession: true }) },
    { name: 'a flow that needs no ordering', design: queueFlow('none') },
    { name: 'a session-aware subscription', design: topicFlow({ requiresSession: true }) },
    { name: 'a dead-letter queue: dead letters have left their sequence', design: queueFlow('per-key', { role: 'dead-letter' }) },
  ],
  invalid: [
    {
      name: 'a per-key flow through a queue without sessions',
      design: queueFlow('per-key'),
      findings: [{ target: 'q', messageIncludes: 'Queue "q" is on a flow that needs per-key ordering' }],
      output: { nodes: { q: { requiresSession: true } } },
    },
    {
      name: 'a strictly ordered flow through a subscription with sessions switched off',
      design: { ...topicFlow({ requiresSession: false }), requirements: { ordering: 'strict' } },
      findings: [{ target: 's', messageIncludes: 'needs strict ordering' }],
      output: { nodes: { s: { requiresSession: true } } },
    },
  ],
});
