import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';
import { NATS_SOURCES } from './_sources';

/** JetStream's limit on stream replicas. */
const MAX_REPLICAS = 5;

/** The largest odd replica count that fits `servers` (odd, so the fix does not trade one finding for another). */
function fittingReplicas(servers: number): number {
  return [5, 3, 1].find((r) => r <= Math.min(servers, MAX_REPLICAS)) ?? 1;
}

export const streamReplicasMax = defineRule({
  meta: {
    id: 'nats/stream-replicas-max',
    category: 'durability',
    severity: 'error',
    docs: {
      summary: 'A stream cannot have more replicas than 5, or than the JetStream servers of its cluster.',
      rationale:
        'Each replica of a stream lives on a different JetStream-enabled server, and the server refuses replicas above 5. A stream asking for more replicas than the cluster has servers cannot be created ("insufficient resources").',
      howToFix: 'Lower num_replicas to fit the cluster (3 or 5), or add JetStream servers to the cluster.',
      sources: [NATS_SOURCES.streams, NATS_SOURCES.clustering],
    },
    messages: {
      tooManyReplicas:
        'Stream "{stream}" asks for num_replicas={replicas} but cluster "{cluster}" has {servers} JetStream server(s): the server refuses to create it.',
      overMax: 'Stream "{stream}" asks for num_replicas={replicas}, more than the maximum of 5: the server refuses to create it.',
    },
    examples: {
      failing: {
        queuewright: 2,
        clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 1 }],
        nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3, cluster: 'nats' }],
      },
      passing: {
        queuewright: 2,
        clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 3 }],
        nodes: [{ kind: 'nats-stream', id: 'orders', name: 'ORDERS', num_replicas: 3, cluster: 'nats' }],
      },
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      const replicas = stream.num_replicas;
      const servers = jetstreamServers(design, stream);
      const tooMany = servers !== undefined && replicas > servers;
      if (!tooMany && replicas <= MAX_REPLICAS) continue;
      const target = fittingReplicas(servers ?? MAX_REPLICAS);
      report({
        target: { type: 'node', id: stream.id },
        messageId: tooMany ? 'tooManyReplicas' : 'overMax',
        data: { stream: stream.name, replicas, servers, cluster: stream.cluster },
        fix: { label: `Set num_replicas=${target}`, apply: (d) => updateNode(d, stream.id, { num_replicas: target }) },
      });
    }
  },
});
