import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { peakFactor } from '../../capacity/traffic-curve';
import { indexGraph, type GraphIndex, type NodeKind } from '../../design';
import { nodeKindDefaults, REQUIREMENTS_DEFAULTS } from '../../design/defaults';
import { messagesAt, publishRoutingKeys } from '../../rabbitmq/message-flows';
import { boundAddress, boundQueues } from '../artemis/_addresses';
import { isAskedOf, neighbourAnswerOf, neighboursRead, type NeighbourAnswerByKind } from './_by-kind';
import { STORING_KINDS, type StoringKind } from './_channels';

/**
 * Whether the design declares the rates and times the capacity rules need.
 * The schema fills a throughput (1,000 msg/s) and processing times (20/200 ms)
 * into every design; a value equal to that default is one the user did not
 * write (the design file leaves it out, lib/design/minimal-design.ts), and an
 * unknown rate or time is not a bad one: the capacity rules stay quiet.
 */

const DEFAULT_P50 = nodeKindDefaults('consumer-group')?.whole.processingMsP50;

export function declaresProcessingTime(group: ResolvedConsumerGroup): boolean {
  return group.processingMsP50 > 0 && group.processingMsP50 !== DEFAULT_P50;
}

/**
 * The sustained rate the flows reaching `nodeId` declare, or undefined when
 * it is not declared. Every producer upstream (through channels, exchanges
 * and subscriptions) declares its own throughput, or the design declares one
 * for the producers that do not; that one is the flow's, shared by the
 * producers that inherit it and counted once however many channels carry it
 * (as kafka/partitions-for-target-throughput counts it). What a stream
 * processor publishes per message it reads is not declared (it may filter,
 * aggregate or fan out), and neither is the share of a producer's messages a
 * RabbitMQ queue gets when only some of its routing keys lead there: both
 * leave the rate unknown, as does a filter on the way (an SNS filter policy,
 * JetStream filter subjects, a Pub/Sub subscription's filter, a Service Bus
 * subscription's rules, an Artemis queue's filter) or an Artemis anycast
 * address's several queues: the share it lets through is not declared.
 * Dead letters are failures, not the flow's rate. `at: 'peak'` is the rate at
 * the busiest hour of the producers' daily curves (what capacity must meet).
 */
export function declaredInflow(design: ResolvedDesign, nodeId: string, at: 'mean' | 'peak' = 'mean'): number | undefined {
  const designDeclares = design.requirements.throughput !== REQUIREMENTS_DEFAULTS.throughput || design.requirements.peakThroughput !== undefined;
  const graph = indexGraph(design);
  const seen = new Set([nodeId]);
  const queue = [nodeId];
  const start = graph.nodeById.get(nodeId);
  if (start?.kind === 'consumer-group' && start.nats.filter_subjects.length > 0) return undefined;
  const publishers = new Set<ResolvedNode>();
  while (queue.length > 0) {
    const id = queue.pop()!;
    const node = graph.nodeById.get(id);
    if (node && takesAShare(graph, node)) return undefined;
    if (node?.kind === 'rabbitmq-queue') {
      // The broker's routing decides which publishers feed the queue.
      const classes = messagesAt(design, id).filter((m) => m.arrival === 'publish');
      for (const connectionId of new Set(classes.map((m) => m.connectionId))) {
        const connection = graph.connectionById.get(connectionId);
        const publisher = connection && graph.nodeById.get(connection.from);
        if (!connection || !publisher) continue;
        const arriving = new Set(classes.filter((m) => m.connectionId === connectionId).flatMap((m) => m.routingKeys));
        if (publishRoutingKeys(design, connection).some((key) => !arriving.has(key))) return undefined;
        publishers.add(publisher);
      }
      continue;
    }
    for (const c of graph.incoming.get(id) ?? []) {
      if (c.kind === 'dead-letter' || c.advisory !== undefined || seen.has(c.from)) continue;
      const source = graph.nodeById.get(c.from);
      if (!source) continue;
      if (c.filterPolicy !== undefined) return undefined;
      seen.add(source.id);
      if (c.kind === 'publish') publishers.add(source);
      else queue.push(source.id);
    }
  }
  if (publishers.size === 0) return undefined;
  let own = 0;
  let shared = 0;
  let sharedPeak = 1;
  for (const publisher of publishers) {
    if (publisher.kind !== 'producer') return undefined;
    const { throughput } = publisher.requirements;
    // A producer's daily curve (lib/capacity/traffic-curve.ts) swings its rate around the declared one: at its peak, 1 + a times it.
    const peak = at === 'peak' ? peakFactor(publisher.traffic) : 1;
    if (throughput !== undefined) own += throughput * peak;
    else if (designDeclares) {
      shared = design.requirements.throughput;
      sharedPeak = Math.max(sharedPeak, peak);
    } else return undefined;
  }
  return own + shared * sharedPeak;
}

/**
 * Whether a channel gets only part of what reaches its source, by a share the
 * design does not declare: a filter the broker applies, or an Artemis anycast
 * address, which hands each message to one of its queues in turn. A filter on a
 * connection (an SNS filter policy) is read of the connection, and which routing
 * keys reach a RabbitMQ queue by declaredInflow's walk of its exchanges.
 */
function takesAShare(graph: GraphIndex<ResolvedNode>, node: ResolvedNode): boolean {
  return isAskedOf(TAKES_A_SHARE, node) && neighbourAnswerOf(TAKES_A_SHARE, node, graph);
}

/** Every message that reaches the channel's source reaches it. */
const TAKES_ALL = { neighbours: [], answer: () => false } as const;

/**
 * takesAShare, for each kind that keeps messages for consumers: where a broker filters (a subscription, an Artemis
 * queue); a routing kind takes what is published or routed to it, its filters being on connections and bindings.
 */
const TAKES_A_SHARE: NeighbourAnswerByKind<StoringKind, [], boolean> = {
  'kafka-topic': TAKES_ALL,
  'rabbitmq-queue': TAKES_ALL,
  'nats-stream': TAKES_ALL,
  'sqs-queue': TAKES_ALL,
  'pulsar-subscription': TAKES_ALL,
  'servicebus-queue': TAKES_ALL,
  'pubsub-subscription': { neighbours: [], answer: (subscription) => subscription.filter !== undefined && subscription.filter !== '' },
  'servicebus-subscription': {
    neighbours: [],
    // No rules is the $Default rule, a TrueFilter, and so is a SQL filter of 1=1; rules set but empty let nothing through.
    answer: ({ rules }) => rules !== undefined && (rules.length === 0 || rules.some((r) => r.filterType !== 'SqlFilter' || r.sqlExpression?.trim() !== '1=1')),
  },
  'artemis-queue': {
    neighbours: ['artemis-address'],
    answer: (queue, graph) => {
      if (queue.filter !== undefined) return true;
      const address = boundAddress(graph, queue.id);
      return address?.routingType === 'anycast' && boundQueues(graph, address.id).length > 1;
    },
  },
};

/**
 * The kinds declaredInflow reads: the services that publish and consume (a producer's throughput and daily curve,
 * a consumer group's JetStream filter), the exchanges whose routing keys decide what reaches a RabbitMQ queue
 * (messagesAt), and the kinds takesAShare asks with the neighbours their answers read. A rule that asks it
 * declares these in `meta.reads`.
 */
export const DECLARED_INFLOW_READS: readonly NodeKind[] = ['producer', 'consumer-group', 'rabbitmq-exchange', ...STORING_KINDS, ...neighboursRead(TAKES_A_SHARE)];
