import { indexGraph, type Connection, type GraphIndex, type RabbitmqExchangeNode } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { compilePolicies, type CompiledPolicy } from '../rabbitmq/policies';
import type { ExportError } from './exporter';
import { atLeast, parseRabbitVersion, versionLabel, type RabbitTopology } from './rabbitmq-topology-model';
import { checkPolicy } from './rabbitmq-topology-policy';

type Located = { id: string; name: string; vhost: string; cluster?: string };

/**
 * What building the RabbitMQ topologies of a design shares: one topology per
 * cluster (made on first use, with the cluster's declared policies checked),
 * the errors so far, and the checks every object kind needs.
 */
export class TopologyContext {
  readonly graph: GraphIndex<ResolvedNode>;
  readonly errors: ExportError[] = [];
  readonly groups = new Map<string, RabbitTopology>();
  /** Each topology's declared policies, compiled once, to tell what a queue or exchange already gets from them. */
  private readonly compiledOf = new Map<RabbitTopology, CompiledPolicy[]>();
  private readonly seenNames = new Map<string, string>();

  constructor(readonly design: ResolvedDesign) {
    this.graph = indexGraph(design);
  }

  groupKey(node: { cluster?: string }): string {
    return node.cluster ?? '';
  }

  addVhost(topology: RabbitTopology, vhost: string): void {
    if (!topology.vhosts.includes(vhost)) topology.vhosts.push(vhost);
  }

  compiled(topology: RabbitTopology): CompiledPolicy[] {
    return this.compiledOf.get(topology)!;
  }

  /** The topology of a node's cluster, made (with the cluster's declared policies) on first use. */
  topologyOf(node: { cluster?: string }): RabbitTopology {
    const key = this.groupKey(node);
    const existing = this.groups.get(key);
    if (existing) return existing;
    const cluster = node.cluster === undefined ? undefined : this.graph.clusterById.get(node.cluster);
    const topology: RabbitTopology = { cluster, version: parseRabbitVersion(cluster?.version), vhosts: [], exchanges: [], queues: [], bindings: [], policies: [] };
    this.groups.set(key, topology);
    const declared = cluster?.broker === 'rabbitmq' ? (cluster.policies ?? []) : [];
    this.compiledOf.set(topology, compilePolicies(declared));
    for (const policy of declared) {
      const where = `Policy "${policy.name}" (vhost "${policy.vhost}")`;
      if (['classic_queues', 'quorum_queues', 'streams'].includes(policy.applyTo) && !atLeast(topology.version, 3, 12)) {
        this.errors.push({ message: `${where} applies to ${policy.applyTo}, which needs RabbitMQ 3.12 or later; the target is ${versionLabel(topology.version)}.` });
        continue;
      }
      const checked = checkPolicy(policy.definition, topology.version, (message) => this.errors.push({ message: `${where} ${message}` }));
      if (!checked) continue;
      this.addVhost(topology, policy.vhost);
      topology.policies.push({ vhost: policy.vhost, name: policy.name, pattern: policy.pattern, applyTo: policy.applyTo, priority: policy.priority, ...checked });
    }
    return topology;
  }

  /** Refuses a second queue (or exchange) of the same name in one vhost of one cluster. */
  checkDuplicate(node: Located, what: 'exchange' | 'queue'): void {
    const key = `${what}\u0000${this.groupKey(node)}\u0000${node.vhost}\u0000${node.name}`;
    const other = this.seenNames.get(key);
    if (other !== undefined) {
      this.errors.push({
        nodeId: node.id,
        message: `${what === 'queue' ? 'Queue' : 'Exchange'} "${node.name}" has the same name as node "${other}" in vhost "${node.vhost}": RabbitMQ would keep only one of them.`,
      });
      return;
    }
    this.seenNames.set(key, node.id);
  }

  /** The one outgoing connection of `kind`, or an error when there are several. */
  single(nodeId: string, name: string, kind: Connection['kind'], what: string): Connection | undefined {
    const list = (this.graph.outgoing.get(nodeId) ?? []).filter((c) => c.kind === kind);
    if (list.length > 1) this.errors.push({ nodeId, message: `"${name}" has ${list.length} ${what}s; RabbitMQ takes one.` });
    return list[0];
  }

  /** The exchange a connection points at, when it is one on the same cluster and vhost. */
  sameVhostExchange(from: Located, connection: Connection, what: string): RabbitmqExchangeNode | undefined {
    const target = this.graph.nodeById.get(connection.to);
    if (target?.kind !== 'rabbitmq-exchange') {
      this.errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" must be a RabbitMQ exchange; "${connection.to}" is not one.` });
      return undefined;
    }
    if (this.groupKey(target) !== this.groupKey(from)) {
      this.errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" is "${target.name}", which is on another cluster: RabbitMQ routes only within one broker.` });
      return undefined;
    }
    if (target.vhost !== from.vhost) {
      this.errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" (vhost "${from.vhost}") is "${target.name}" in vhost "${target.vhost}": RabbitMQ routes only within one vhost.` });
      return undefined;
    }
    return target;
  }
}
