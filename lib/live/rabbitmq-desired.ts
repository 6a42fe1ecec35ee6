import type { Design } from '../design';
import { buildRabbitTopologies, type RabbitTopology } from '../exporters/rabbitmq-topology';
import { LiveImportError } from './live-error';

/**
 * What a design asks of one RabbitMQ cluster: the exporters' own topology
 * (rabbitmq-topology.ts, which definitions.json, rabbitmqadmin and Terraform
 * render), so an export and an apply of one design cannot disagree. A design
 * may draw several RabbitMQ clusters: `clusterId` picks one.
 */
export function rabbitmqDesired(design: Design, clusterId?: string): RabbitTopology {
  const built = buildRabbitTopologies(design);
  if (!built.ok) throw new LiveImportError('invalid-input', `The design cannot be applied to RabbitMQ: ${built.errors.map((e) => `${e.nodeId ? `${e.nodeId}: ` : ''}${e.message}`).join(' ')}`);
  const topologies = built.topologies;
  const chosen = clusterId === undefined ? (topologies.length === 1 ? topologies[0] : undefined) : topologies.find((t) => (t.cluster?.id ?? '') === clusterId);
  if (!chosen) {
    const ids = topologies.map((t) => (t.cluster ? `${t.cluster.id} (${t.cluster.name})` : '(nodes on no cluster)')).join(', ');
    throw new LiveImportError(
      'invalid-input',
      clusterId === undefined
        ? `The design has RabbitMQ nodes on ${topologies.length} clusters; name one with --cluster: ${ids}.`
        : `The design has no RabbitMQ cluster "${clusterId}"; its RabbitMQ clusters are ${ids}.`,
    );
  }
  return chosen;
}

/** How a RabbitMQ object is named in differences, operations and --allow-delete: its name, after its vhost when that is not "/". */
export function rabbitName(vhost: string, name: string): string {
  return vhost === '/' ? name : `${vhost}/${name}`;
}

/** A binding's name: `source>destination:routing-key` (after its vhost when that is not "/"). */
export function bindingName(b: { vhost: string; source: string; destination: string; routingKey: string }): string {
  return rabbitName(b.vhost, `${b.source}>${b.destination}:${b.routingKey}`);
}
