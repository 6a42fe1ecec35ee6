import type { Exporter, ExportFile } from './exporter';
import { resolveDesign } from '../brokers/resolve';
import { buildRabbitTopologies, topologyStem, type RabbitTopology } from './rabbitmq-topology';

/**
 * RabbitMQ `definitions.json`, as `rabbitmqctl import_definitions` (3.8.2+),
 * `POST /api/definitions` and boot-time `load_definitions` read it.
 *
 * Written for the 3.10 importer (`rabbit_definitions`), which every later
 * version still reads:
 * - the queue type goes in `arguments["x-queue-type"]` (3.10 ignores a
 *   queue's `type` field);
 * - `durable`, `auto_delete` and `routing_key` are always present;
 * - the alternate exchange is the exchange argument `alternate-exchange`;
 * - a queue's dead-letter connection becomes `x-dead-letter-exchange` and
 *   `x-dead-letter-routing-key`;
 * - a queue's `policy` becomes a policy that matches only that queue
 *   (`^name$`, apply-to `queues`).
 * No users or permissions are written: the design has none, and an import
 * into a running broker keeps the existing ones. (A broker that loads this
 * file at boot creates no default user: add one before using it that way.)
 * One file per RabbitMQ cluster: `definitions.json`, or
 * `definitions/<cluster-id>.json` when the design has several.
 */
export function definitionsDocument(topology: RabbitTopology): Record<string, unknown> {
  const version = topology.version.text;
  return {
    ...(version !== undefined ? { rabbit_version: version, rabbitmq_version: version } : {}),
    users: [],
    vhosts: topology.vhosts.map((name) => ({ name })),
    permissions: [],
    topic_permissions: [],
    parameters: [],
    global_parameters: [],
    policies: topology.policies.map((p) => ({ vhost: p.vhost, name: p.name, pattern: p.pattern, 'apply-to': p.applyTo, priority: p.priority, definition: p.definition })),
    queues: topology.queues.map((q) => ({ name: q.name, vhost: q.vhost, durable: q.durable, auto_delete: q.autoDelete, arguments: q.arguments })),
    exchanges: topology.exchanges.map((e) => ({
      name: e.name, vhost: e.vhost, type: e.type, durable: e.durable, auto_delete: e.autoDelete, internal: e.internal, arguments: e.arguments,
    })),
    bindings: topology.bindings.map((b) => ({
      source: b.source, vhost: b.vhost, destination: b.destination, destination_type: b.destinationType, routing_key: b.routingKey, arguments: b.arguments,
    })),
  };
}

export const rabbitmqDefinitionsExporter: Exporter = {
  id: 'rabbitmq-definitions',
  label: 'RabbitMQ definitions.json',
  description: 'Vhosts, exchanges, queues, bindings and policies for rabbitmqctl import_definitions (RabbitMQ 3.10 and later).',
  language: 'json',
  export(document) {
    const design = resolveDesign(document);
    const built = buildRabbitTopologies(design);
    if (!built.ok) return built;
    const files: ExportFile[] = built.topologies.map((topology) => {
      const stem = topologyStem(topology, built.topologies.length);
      return {
        path: stem === '' ? 'definitions.json' : `definitions/${stem}.json`,
        content: `${JSON.stringify(definitionsDocument(topology), null, 2)}\n`,
      };
    });
    return { ok: true, files };
  },
};
