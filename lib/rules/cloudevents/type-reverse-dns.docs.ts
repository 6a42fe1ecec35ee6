import type { RuleDocs } from '../rule-docs';
import { CE_SOURCES } from './_sources';

const envelope = (type: string) => ({ standard: 'cloudevents', mode: 'structured', type, source: '/orders' });

/** The docs and examples of `cloudevents/type-reverse-dns`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "The CloudEvents type is what consumers, routers and filters match on. The specification says it SHOULD be prefixed with a reverse-DNS name, and that the prefixed domain dictates the organisation which defines the semantics of this event type: `com.example.order.placed` cannot collide with another team's or vendor's `order.placed`, and whoever reads it knows whom to ask. A type like `OrderPlaced` says neither. The rule accepts any type that starts with a top-level-domain-like label and a domain label (it has no list of top-level domains, so it rather misses a bad prefix than flags a good one).",
  howToFix:
    "Prefix the type with your organisation's domain, reversed: `com.example.` for example.com, then the event (`com.example.order.placed`, optionally with a version such as `.v2`). Change producers and every consumer or filter that matches the old type together. There is no one-click fix: only you know your domain.",
  sources: [CE_SOURCES.spec, CE_SOURCES.primerVersioning],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { format: 'json', envelope: envelope('OrderPlaced') } },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'orders-api', name: 'orders-api' },
        { kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { format: 'json', envelope: envelope('com.example.order.placed') } },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
    },
  },
};
