import type { Arguments } from '../exporters/rabbitmq-topology';
import type { LiveRabbitmqSnapshot } from './rabbitmq-reader';

/**
 * A RabbitMQ broker's topology as audit compares it, from the live reader's
 * snapshot (rabbitmq-reader.ts: management API, GET requests only, the same
 * read as the live import): exchanges, queues with their type and arguments,
 * bindings and policies, per virtual host.
 */

export interface LiveExchange {
  vhost: string;
  name: string;
  type: string;
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  arguments: Arguments;
}
export interface LiveQueue {
  vhost: string;
  name: string;
  type: string;
  durable: boolean;
  autoDelete: boolean;
  arguments: Arguments;
}
export interface LiveBinding {
  vhost: string;
  source: string;
  destination: string;
  destinationType: 'queue' | 'exchange';
  routingKey: string;
  arguments: Arguments;
}
export interface LivePolicy {
  vhost: string;
  name: string;
  pattern: string;
  applyTo: string;
  priority: number;
  definition: Record<string, unknown>;
}

export interface RabbitmqClusterState {
  vhosts: string[];
  exchanges: LiveExchange[];
  queues: LiveQueue[];
  bindings: LiveBinding[];
  policies: LivePolicy[];
  problems: string[];
}

type Json = Record<string, unknown>;
const args = (value: unknown): Arguments => (value && typeof value === 'object' ? (value as Arguments) : {});

export function rabbitmqClusterState(snapshot: LiveRabbitmqSnapshot): RabbitmqClusterState {
  const d = JSON.parse(snapshot.definitions) as { vhosts: Json[]; exchanges: Json[]; queues: Json[]; bindings: Json[]; policies: Json[] };
  return {
    vhosts: d.vhosts.map((v) => String(v.name)),
    exchanges: d.exchanges
      // The amq.* exchanges are built in: a design may bind to them, never declare them.
      .filter((e) => !String(e.name).startsWith('amq.'))
      .map((e) => ({
        vhost: String(e.vhost),
        name: String(e.name),
        type: String(e.type),
        durable: e.durable === true,
        autoDelete: e.auto_delete === true,
        internal: e.internal === true,
        arguments: args(e.arguments),
      })),
    queues: d.queues.map((q) => ({
      vhost: String(q.vhost),
      name: String(q.name),
      type: typeof q.type === 'string' ? q.type : 'classic',
      durable: q.durable === true,
      autoDelete: q.auto_delete === true,
      arguments: args(q.arguments),
    })),
    bindings: d.bindings.map((b) => ({
      vhost: String(b.vhost),
      source: String(b.source),
      destination: String(b.destination),
      destinationType: b.destination_type === 'exchange' ? 'exchange' : 'queue',
      routingKey: String(b.routing_key ?? ''),
      arguments: args(b.arguments),
    })),
    policies: d.policies.map((p) => ({
      vhost: String(p.vhost),
      name: String(p.name),
      pattern: String(p.pattern),
      applyTo: String(p['apply-to'] ?? 'all'),
      priority: Number(p.priority ?? 0),
      definition: (p.definition as Record<string, unknown>) ?? {},
    })),
    problems: snapshot.problems,
  };
}
