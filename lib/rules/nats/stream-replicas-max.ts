import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamServers } from './_limits';

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
    reads: ['nats-stream'],
    scope: 'node',
    summary: 'A stream cannot have more replicas than 5, or than the JetStream servers of its cluster.',
    messages: {
      tooManyReplicas: 'Stream "{stream}" asks for num_replicas={replicas} but cluster "{cluster}" has {servers} JetStream server(s): the server refuses to create it.',
      overMax: 'Stream "{stream}" asks for num_replicas={replicas}, more than the maximum of 5: the server refuses to create it.',
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
