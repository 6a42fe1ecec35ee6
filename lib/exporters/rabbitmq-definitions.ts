import type { Exporter, ExportFile } from './exporter';
import { resolveDesign } from '../brokers/resolve';
import { notCarried, notCarriedHeading, type Carries } from './not-carried';
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
 * - the cluster's policies are written as declared (by pattern); a queue
 *   whose `policy` is not what they give it gets a policy of its own
 *   (`^name$`, apply-to `queues`, one priority above the pattern), and
 *   arguments repeat nothing a policy already gives;
 * - the built-in `amq.*` exchanges are never declared; bindings from and to
 *   them are.
 * Access: a vhost the file creates is usable only by users with permissions
 * on it. With `default_user` in the cluster's config (RabbitMQ's own setting
 * for the user it creates), the file grants that user everything on each of
 * its vhosts (the user must exist where the file is imported; boot-time
 * loading creates no default user). Without one, no users or permissions are
 * written, and the `explanation` field (which RabbitMQ's own exports write and
 * every importer ignores) says so, with the command that grants access; it
 * also names the plugins the policies need, and (in the first file) what of
 * the design the format cannot carry.
 * One file per RabbitMQ cluster: `definitions.json`, or
 * `definitions/<cluster-id>.json` when the design has several.
 */
function definitionsDocument(topology: RabbitTopology, left: string[]): Record<string, unknown> {
  const version = topology.version.text;
  const configured = topology.cluster?.config.default_user;
  const user = typeof configured === 'string' && configured !== '' ? configured : undefined;
  const explanation = explanationOf(topology, user, left);
  return {
    ...(version !== undefined ? { rabbit_version: version, rabbitmq_version: version } : {}),
    ...(explanation ? { explanation } : {}),
    users: [],
    vhosts: topology.vhosts.map((name) => ({ name })),
    permissions: user ? topology.vhosts.map((vhost) => ({ user, vhost, configure: '.*', write: '.*', read: '.*' })) : [],
    topic_permissions: [],
    parameters: [],
    global_parameters: [],
    policies: topology.policies.map((p) => ({ vhost: p.vhost, name: p.name, pattern: p.pattern, 'apply-to': p.applyTo, priority: p.priority, definition: p.definition })),
    queues: topology.queues.map((q) => ({ name: q.name, vhost: q.vhost, durable: q.durable, auto_delete: q.autoDelete, arguments: q.arguments })),
    exchanges: topology.exchanges.map((e) => ({
      name: e.name,
      vhost: e.vhost,
      type: e.type,
      durable: e.durable,
      auto_delete: e.autoDelete,
      internal: e.internal,
      arguments: e.arguments,
    })),
    bindings: topology.bindings.map((b) => ({
      source: b.source,
      vhost: b.vhost,
      destination: b.destination,
      destination_type: b.destinationType,
      routing_key: b.routingKey,
      arguments: b.arguments,
    })),
  };
}

/** What the file cannot do by itself (grant access to its vhosts, enable the plugins its policies need), and what it cannot carry. */
function explanationOf(topology: RabbitTopology, user: string | undefined, left: string[]): string | undefined {
  const parts: string[] = [];
  if (user) {
    parts.push(`Grants user "${user}" (the cluster's default_user) all permissions on ${topology.vhosts.map((v) => `"${v}"`).join(', ')}; that user must exist where this file is imported.`);
  } else {
    // RabbitMQ gives its default user the default vhost "/" when it first starts; other vhosts start with no one.
    const created = topology.vhosts.filter((v) => v !== '/');
    if (created.length > 0) {
      parts.push(
        `No users or permissions are written (the design names no default_user), so after import no one may use ${created.map((v) => `"${v}"`).join(', ')} until granted: rabbitmqctl set_permissions -p <vhost> <user> ".*" ".*" ".*".`,
      );
    }
  }
  const plugins = [...new Set(topology.policies.flatMap((p) => (p.plugin ? [p.plugin] : [])))];
  for (const plugin of plugins) {
    const names = topology.policies.filter((p) => p.plugin === plugin).map((p) => `"${p.name}"`);
    parts.push(`Policies ${names.join(', ')} use keys of the ${plugin} plugin: enable it first (rabbitmq-plugins enable ${plugin}), or RabbitMQ refuses them.`);
  }
  if (left.length > 0) parts.push(`${notCarriedHeading(DEFINITIONS_CARRIES)} ${left.join('; ')}.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** What definitions.json keeps of a design; the rest is listed in `explanation`. */
const DEFINITIONS_CARRIES: Carries = {
  format: 'definitions.json',
  nodes: {
    'rabbitmq-exchange': { fields: ['vhost', 'type', 'durable', 'autoDelete', 'internal', 'external'] },
    'rabbitmq-queue': { fields: ['vhost', 'type', 'durable', 'autoDelete', 'arguments', 'policy'] },
  },
  connections: ['bind', 'alternate', 'dead-letter'],
  cluster: ['version', 'policies', 'config.default_user'],
  design: [],
};

export const rabbitmqDefinitionsExporter: Exporter = {
  id: 'rabbitmq-definitions',
  label: 'RabbitMQ definitions.json',
  description: 'Vhosts, exchanges, queues, bindings and policies for rabbitmqctl import_definitions (RabbitMQ 3.10 and later).',
  language: 'json',
  carries: DEFINITIONS_CARRIES,
  export(document) {
    const design = resolveDesign(document);
    const built = buildRabbitTopologies(design);
    if (!built.ok) return built;
    const left = notCarried(document, DEFINITIONS_CARRIES);
    const files: ExportFile[] = built.topologies.map((topology, i) => {
      const stem = topologyStem(topology, built.topologies.length);
      return {
        path: stem === '' ? 'definitions.json' : `definitions/${stem}.json`,
        content: `${JSON.stringify(definitionsDocument(topology, i === 0 ? left : []), null, 2)}\n`,
      };
    });
    return { ok: true, files };
  },
};
