import type { GraphIndex } from '../../design';
import type { ResolvedNode } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { isChannel, kindLabel, type ChannelNode } from './_channels';
import { CORE_SOURCES } from './_sources';

/** A schema with a format and a version: a contract producers and consumers can agree on and evolve. */
function versioned(channel: ChannelNode): boolean {
  return channel.messageSchema.format !== 'none' && (channel.messageSchema.version ?? '').trim() !== '';
}

/**
 * Channels that only carry failed or delayed messages repeat the schema of
 * where those came from, so they need no contract of their own: retry and
 * dead-letter channels, and exchanges that only route to such queues.
 */
function errorPathOnly(graph: GraphIndex<ResolvedNode>, channel: ChannelNode): boolean {
  if ('role' in channel && channel.role !== 'normal') return true;
  if (channel.kind !== 'rabbitmq-exchange') return false;
  const routes = downstream(graph, channel);
  return routes.length > 0 && routes.every((n) => 'role' in n && n.role !== 'normal');
}

/** Where an exchange binds or an SNS topic subscribes directly: the queues that may carry the schema instead. */
function downstream(graph: GraphIndex<ResolvedNode>, channel: ChannelNode): ResolvedNode[] {
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
    docs: {
      summary: 'A channel that services publish to should declare a message schema with a format and a version.',
      rationale:
        'The schema is the contract between producers and every consumer. Without one, a producer can rename or drop a field and consumers fail (or silently misread) in production; without a version, nobody can tell which consumers handle which shape, or evolve it compatibly. AsyncAPI describes each message by a payload schema and its schemaFormat; schema registries version them and check compatibility.',
      howToFix:
        'Declare the message schema of the channel (name, format such as JSON Schema, Avro, Protobuf or CloudEvents, and version). For a RabbitMQ exchange or SNS topic the schema may be declared on each queue it routes to instead.',
      sources: [CORE_SOURCES.asyncapiMessages, CORE_SOURCES.schemaEvolution],
    },
    messages: {
      noSchema: '{kind} "{channel}" receives messages from "{publisher}" but declares no message schema: producers and consumers can drift apart unnoticed.',
      noVersion: '{kind} "{channel}" declares a {format} schema without a version: consumers cannot tell which shape of the message they get.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', name: 'orders', messageSchema: { name: 'OrderPlaced', format: 'avro', version: '1', registry: true } },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
    },
  },
  check({ design, graph, report }) {
    const checked = new Set<string>();
    for (const c of design.connections) {
      if (c.kind !== 'publish' || checked.has(c.to)) continue;
      const publisher = graph.nodeById.get(c.from);
      const channel = graph.nodeById.get(c.to);
      if (!publisher || !isChannel(channel)) continue;
      checked.add(channel.id);
      if (versioned(channel) || errorPathOnly(graph, channel)) continue;
      if (channel.kind === 'rabbitmq-exchange' || channel.kind === 'sns-topic') {
        const routes = downstream(graph, channel);
        if (routes.length > 0 && routes.every((n) => isChannel(n) && versioned(n))) continue;
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
