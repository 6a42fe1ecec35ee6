import type { Connection, GraphIndex } from '../../design';
import { KIND_BY_NAME } from '../../design/kinds';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import { defineRule } from '../rule';
import { isRetryStage, isStoringChannel, STORING_KINDS } from './_channels';
import { cyclicComponents } from './_cycles';

/**
 * The failure-path graph: a channel delivers to its consumer groups
 * (`consume`), and a channel or consumer group sends what fails to its
 * dead-letter target (`dead-letter`). Routing through RabbitMQ exchanges is
 * left to rabbitmq/dlx-graph, which follows routing keys: here a dead-letter
 * connection to an exchange ends the path.
 */
function failureEdges(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>) {
  const edges = new Map<string, Connection[]>();
  for (const c of design.connections) {
    const from = graph.nodeById.get(c.from);
    const to = graph.nodeById.get(c.to);
    if (!from || !to || from.id === to.id) continue;
    const consume = c.kind === 'consume' && isStoringChannel(from) && to.kind === 'consumer-group';
    const deadLetter = c.kind === 'dead-letter' && isStoringChannel(to);
    if (!consume && !deadLetter) continue;
    const list = edges.get(from.id);
    if (list) list.push(c);
    else edges.set(from.id, [c]);
  }
  return edges;
}

/**
 * The storing kinds whose nodes have a role (`role: channelRoleSchema` in their kind file): a channel on a
 * failure cycle is a retry stage by its role (or, a RabbitMQ queue, by its TTL), so only these have settings
 * that change the rule's answer. A Pub/Sub, Pulsar or Service Bus subscription has none (nor takes dead letters).
 */
const ROLE_CHANNEL_KINDS = STORING_KINDS.filter((kind) => 'role' in KIND_BY_NAME[kind].schema.shape);

export const deadLetterCycle = defineRule({
  meta: {
    id: 'core/dead-letter-cycle',
    category: 'error-handling',
    severity: 'error',
    // Whether a node on a failure cycle is a retry stage is read of it: its role (isRetryStage).
    reads: [...ROLE_CHANNEL_KINDS, 'consumer-group'],
    summary: 'Dead-letter paths must end in a dead-letter queue, not lead back to where the message failed.',
    messages: {
      cycle: 'Dead letters from "{from}" loop back through {path}: a failing message circulates forever and never rests in a dead-letter queue.',
    },
  },
  check({ design, graph, report }) {
    const edges = failureEdges(design, graph);
    const successors = (id: string) => (edges.get(id) ?? []).map((c) => c.to);
    for (const component of cyclicComponents([...edges.keys()], successors)) {
      const members = new Set(component);
      const nodes = component.map((id) => graph.nodeById.get(id)!);
      if (nodes.some((n) => isRetryStage(design, n))) continue;
      const inside = component.flatMap((id) => (edges.get(id) ?? []).filter((c) => c.kind === 'dead-letter' && members.has(c.to)));
      // Report on one dead-letter connection of the loop: the first by id, so the finding is stable.
      const first = inside.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
      if (!first) continue;
      report({
        target: { type: 'connection', id: first.id },
        messageId: 'cycle',
        data: { from: graph.nodeById.get(first.from)!.name, path: nodes.map((n) => `"${n.name}"`).join(' → ') },
      });
    }
  },
});
