import type { GraphIndex } from '../../design';
import type { ResolvedNode } from '../../brokers/resolved-design';
import { PUBLISH_TARGETS } from '../../design/kinds/service-targets';
import { defineRule } from '../rule';
import { hasMessageSchema, kindLabel, type SchemaChannel } from './_channels';

/** A schema with a format and a version: a contract producers and consumers can agree on and evolve. */
function versioned(channel: SchemaChannel): boolean {
  return channel.messageSchema.format !== 'none' && (channel.messageSchema.version ?? '').trim() !== '';
}

/**
 * Channels that only carry failed or delayed messages repeat the schema of
 * where those came from, so they need no contract of their own: retry and
 * dead-letter channels, and exchanges that only route to such queues.
 */
function errorPathOnly(graph: GraphIndex<ResolvedNode>, channel: SchemaChannel): boolean {
  if ('role' in channel && channel.role !== 'normal') return true;
  if (channel.kind !== 'rabbitmq-exchange') return false;
  const routes = downstream(graph, channel);
  return routes.length > 0 && routes.every((n) => 'role' in n && n.role !== 'normal');
}

/** Where an exchange binds or an SNS topic subscribes directly: the queues that may carry the schema instead. */
function downstream(graph: GraphIndex<ResolvedNode>, channel: SchemaChannel): ResolvedNode[] {
  return (graph.outgoing.get(channel.id) ?? [])
    .filter((c) => c.kind === 'bind' || c.kind === 'subscription')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ResolvedNode => n !== undefined);
}

export const messageSchemaVersioned = defineRule({
  meta: {
    id: 'core/message-schema-versioned',
    category: 'schema',
    severity: 'warning',
    // The channels services publish to, whose schema it reads (and the queues an exchange or SNS topic leads to, themselves publish targets).
    reads: PUBLISH_TARGETS,
    summary: 'A channel that services publish to should declare a message schema with a format and a version.',
    messages: {
      noSchema: '{kind} "{channel}" receives messages from "{publisher}" but declares no message schema: producers and consumers can drift apart unnoticed.',
      noVersion: '{kind} "{channel}" declares a {format} schema without a version: consumers cannot tell which shape of the message they get.',
    },
  },
  check({ design, graph, report }) {
    const checked = new Set<string>();
    for (const c of design.connections) {
      if (c.kind !== 'publish' || checked.has(c.to)) continue;
      const publisher = graph.nodeById.get(c.from);
      const channel = graph.nodeById.get(c.to);
      if (!publisher || !hasMessageSchema(channel)) continue;
      checked.add(channel.id);
      if (versioned(channel) || errorPathOnly(graph, channel)) continue;
      if (channel.kind === 'rabbitmq-exchange' || channel.kind === 'sns-topic') {
        const routes = downstream(graph, channel);
        if (routes.length > 0 && routes.every((n) => hasMessageSchema(n) && versioned(n))) continue;
      }
      const declared = channel.messageSchema.format !== 'none';
      report({
        target: { type: 'node', id: channel.id },
        messageId: declared ? 'noVersion' : 'noSchema',
        data: { kind: kindLabel(channel), channel: channel.name, publisher: publisher.name, format: channel.messageSchema.format },
      });
    }
  },
});
