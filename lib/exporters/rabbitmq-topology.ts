import { nodesOfKind, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import { TopologyContext } from './rabbitmq-topology-context';
import { addBindings, addExchange } from './rabbitmq-topology-exchanges';
import type { RabbitTopology, TopologyResult } from './rabbitmq-topology-model';
import { addQueue } from './rabbitmq-topology-queues';

/**
 * The RabbitMQ objects a design declares, checked against what the target
 * broker accepts, in one neutral shape. `definitions.json`, the
 * `rabbitmqadmin` script and the Terraform export all render from this, so
 * they refuse the same things with the same messages.
 *
 * Target version: the cluster's `version` (e.g. `3.13`, `4.1`). When it is
 * missing or unreadable the floor is RabbitMQ 3.10 (Debian's 3.10.8): what
 * imports into 3.10 imports into every later 3.x, and a feature that needs a
 * newer broker is refused with a message that says which version it needs,
 * instead of being emitted for a broker that would ignore or reject it.
 *
 * The parts live beside this file: the shape and version (`-model`), policy
 * checks (`-policy`), exchanges and bindings, queues, and what they share
 * (`-context`).
 */

export type { ArgumentValue, Arguments, BindingDef, ExchangeDef, PolicyDef, PolicyDefinition, QueueDef, RabbitTopology, RabbitVersion, TopologyResult } from './rabbitmq-topology-model';
export { FLOOR_VERSION, atLeast, exactNamePattern, parseRabbitVersion, utf8Length } from './rabbitmq-topology-model';

/**
 * Collects the design's RabbitMQ objects per cluster, or every reason the
 * broker would refuse them. Nodes are taken in design order, so exports are
 * stable.
 */
export function buildRabbitTopologies(document: Design): TopologyResult {
  const design = resolveDesign(document);
  const exchanges = nodesOfKind(design, 'rabbitmq-exchange');
  const queues = nodesOfKind(design, 'rabbitmq-queue');
  const policyClusters = design.clusters.filter((c) => c.broker === 'rabbitmq' && (c.policies?.length ?? 0) > 0);
  if (exchanges.length === 0 && queues.length === 0 && policyClusters.length === 0) {
    return { ok: false, errors: [{ message: 'The design has no RabbitMQ exchange, queue or policy to export.' }] };
  }
  const ctx = new TopologyContext(design);
  for (const cluster of policyClusters) ctx.topologyOf({ cluster: cluster.id });
  for (const exchange of exchanges) addExchange(ctx, exchange);
  for (const queue of queues) addQueue(ctx, queue);
  for (const exchange of exchanges) addBindings(ctx, exchange);

  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  // Stable order: clusters as the design lists them, then RabbitMQ nodes on no cluster.
  const order = [...design.clusters.map((c) => c.id), ''];
  const topologies = [...ctx.groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, t]) => t);
  return { ok: true, topologies };
}

/** The file stem for a topology when a design has several RabbitMQ clusters. */
export function topologyStem(topology: RabbitTopology, count: number): string {
  if (count === 1) return '';
  return topology.cluster ? topology.cluster.id : 'no-cluster';
}
