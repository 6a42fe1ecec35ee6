import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph, type Design, type DesignNode } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { asyncapiExporter } from '../exporters/asyncapi';
import { arbMixedDesign } from '../testing/arbitrary-design';
import { asyncapiImporter } from './asyncapi';

/**
 * design → AsyncAPI → design keeps channels, operations and bindings.
 *
 * What AsyncAPI carries, and so what must come back:
 * - every channel (Kafka topic, RabbitMQ exchange and queue, NATS stream,
 *   SQS queue, SNS topic) by name; its kind and cluster when it is on a
 *   cluster (a channel on no cluster is "on every server", and only its
 *   bindings can say which broker it belongs to);
 * - Kafka bindings: partitions, replicas, cleanup.policy, retention.ms;
 *   AMQP bindings: exchange type / durable / auto-delete / vhost, queue
 *   durable / exclusive / auto-delete / vhost;
 * - every operation: which channels are sent to and received from, the
 *   routing key of a publish to an exchange, the Kafka group id;
 * - message schemas: name, format, and a JSON Schema definition (as data).
 * Not carried by AsyncAPI, so not compared: node ids, queue types and
 * x-arguments, exchange-to-queue bindings, dead-letter and alternate
 * exchanges, which service a non-Kafka operation belongs to.
 */

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 100);
const CHANNEL_KINDS = new Set(['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic']);

function channels(design: Design) {
  return design.nodes.filter((n) => CHANNEL_KINDS.has(n.kind));
}

function operations(design: Design): string[] {
  const graph = indexGraph(design);
  const out = new Set<string>();
  for (const c of design.connections) {
    const from = graph.nodeById.get(c.from)!;
    const to = graph.nodeById.get(c.to)!;
    if (c.kind === 'publish' && (from.kind === 'producer' || from.kind === 'consumer-group')) out.add(`send ${to.name}`);
    if (c.kind === 'consume' && to.kind === 'consumer-group') out.add(`receive ${from.name}`);
  }
  return [...out].sort();
}

/**
 * The routing keys of publishes to exchanges. A publish without a routing key
 * comes back with the exchange's name as its key: the exporter writes the
 * exchange name as the channel address, and for an `is: routingKey` channel
 * AsyncAPI defines the address as the routing key (the exporter could write
 * `cc: [""]` for such publishes to keep them key-less).
 */
function routingKeys(design: Design, keyless: 'empty' | 'exchange-name'): string[] {
  const graph = indexGraph(design);
  return [
    ...new Set(
      design.connections
        .filter((c) => c.kind === 'publish' && graph.nodeById.get(c.to)?.kind === 'rabbitmq-exchange')
        .map((c) => {
          const exchange = graph.nodeById.get(c.to)!.name;
          // The exporter leaves the address out (null) when the name holds ?, #, { or }.
          const address = /[?#{}]/.test(exchange) ? '' : exchange;
          return `${exchange} ${c.routingKey ?? (keyless === 'empty' ? '' : address)}`;
        }),
    ),
  ].sort();
}

function bindingFields(node: DesignNode): Record<string, unknown> {
  switch (node.kind) {
    case 'kafka-topic':
      return { partitions: node.partitions, replicationFactor: node.replicationFactor, cleanup: node.config['cleanup.policy'], retention: node.config['retention.ms'] };
    case 'rabbitmq-exchange':
      return { type: node.type, durable: node.durable, autoDelete: node.autoDelete, vhost: node.vhost };
    case 'rabbitmq-queue':
      return { durable: node.durable, exclusive: node.exclusive, autoDelete: node.autoDelete, vhost: node.vhost };
    default:
      return {};
  }
}

/**
 * A channel on no cluster is "on every server" in AsyncAPI; only a binding
 * can then say which broker it belongs to, and NATS, SQS and SNS channels
 * carry none. The generated designs put those on their cluster (Kafka topics
 * and RabbitMQ exchanges and queues stay where the generator put them).
 */
const designs = arbMixedDesign().map((design) => {
  const home: Record<string, string> = { 'nats-stream': 'nats', 'sqs-queue': 'aws', 'sns-topic': 'aws' };
  return { ...design, nodes: design.nodes.map((n) => (n.cluster === undefined && Object.hasOwn(home, n.kind) ? { ...n, cluster: home[n.kind] } : n)) } as Design;
});

describe('AsyncAPI round trip', () => {
  it('design → AsyncAPI → design keeps channels, operations and bindings', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const out = asyncapiExporter.export(design);
        if (!out.ok) throw new Error(`export refused a generated design: ${out.errors.map((e) => e.message).join('; ')}`);
        const result = asyncapiImporter.import(out.files[0].content, out.files[0].path);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        const back = result.design;
        const graph = indexGraph(design);

        // Channels: every channel comes back with its name and kind (two that name the same broker object share a node).
        const names = (d: Design) => [...new Set(channels(d).map((n) => `${n.kind} ${n.name}`))].sort();
        expect(names(back)).toEqual(names(design));
        // Two channels that name the same broker object become one node; compare the others one by one.
        const count = new Map<string, number>();
        for (const n of channels(design)) count.set(n.name, (count.get(n.name) ?? 0) + 1);
        for (const original of channels(design)) {
          if (count.get(original.name)! > 1) continue;
          const copy = back.nodes.find((n) => n.name === original.name && n.kind === original.kind);
          expect(copy, `${original.kind} "${original.name}"`).toBeDefined();
          // Kafka topics and RabbitMQ objects on no cluster go to the first server of their broker.
          expect(bindingFields(copy!)).toEqual(bindingFields(original));
          if (original.cluster !== undefined) {
            const cluster = graph.clusterById.get(original.cluster)!;
            const copyCluster = back.clusters.find((c) => c.id === copy!.cluster);
            expect(copyCluster).toMatchObject({ name: cluster.name, broker: cluster.broker });
          }
          // Message schema: name, format and the JSON Schema as data.
          if (!('messageSchema' in original) || !('messageSchema' in copy!)) continue;
          const schema = original.messageSchema;
          expect(copy.messageSchema.format).toBe(schema.format);
          if (schema.name !== undefined) expect(copy.messageSchema.name).toBe(schema.name);
          if (schema.format === 'json-schema' && schema.definition !== undefined) {
            const a = parseDataText(schema.definition);
            const b = parseDataText(copy.messageSchema.definition ?? '');
            expect(b.ok && b.data).toEqual(a.ok && a.data);
          }
        }

        // Operations: every send and receive, and the routing keys of publishes to exchanges.
        expect(operations(back)).toEqual(operations(design));
        expect(routingKeys(back, 'empty')).toEqual(routingKeys(design, 'exchange-name'));

        // Kafka consumers keep their group id.
        for (const c of design.connections) {
          const topic = graph.nodeById.get(c.from);
          const group = graph.nodeById.get(c.to);
          if (c.kind !== 'consume' || topic?.kind !== 'kafka-topic' || group?.kind !== 'consumer-group') continue;
          const copy = back.nodes.find((n) => n.kind === 'consumer-group' && n.name === group.id);
          expect(copy && copy.kind === 'consumer-group' && copy.groupId).toBe(group.groupId ?? group.id);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
