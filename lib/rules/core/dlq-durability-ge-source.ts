import { durationToMs, patchNode, updateNode } from '../../design';
import type { ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';
import { defineRule, type Fix } from '../rule';
import { deadLetterTargets } from './_dead-letters';

/**
 * One broker's comparison: the ways the dead-letter target is weaker than
 * the strongest of its sources, and a fix that raises it to match. SQS
 * retention is compared by sqs/dlq-retention-gt-source, which also knows the
 * enqueue-timestamp rule, so SQS is not repeated here.
 */
interface Comparison {
  weaknesses: string[];
  fix?: Fix;
}

type Kafka = ResolvedNodeOfKind<'kafka-topic'>;
type Rabbit = ResolvedNodeOfKind<'rabbitmq-queue'>;
type Nats = ResolvedNodeOfKind<'nats-stream'>;

const forever = (ms: number) => (ms < 0 ? Infinity : ms);
const RABBIT_RANK: Record<Rabbit['type'], number> = { classic: 0, quorum: 1, stream: 1 };

function compareKafka(dlq: Kafka, sources: Kafka[]): Comparison {
  const rf = Math.max(...sources.map((s) => s.replicationFactor));
  const isr = Math.max(...sources.map((s) => s.config['min.insync.replicas']));
  const retention = Math.max(...sources.map((s) => forever(s.config['retention.ms'])));
  const weaknesses: string[] = [];
  if (dlq.replicationFactor < rf) weaknesses.push(`replication factor ${dlq.replicationFactor} (source: ${rf})`);
  if (dlq.config['min.insync.replicas'] < isr) weaknesses.push(`min.insync.replicas ${dlq.config['min.insync.replicas']} (source: ${isr})`);
  if (forever(dlq.config['retention.ms']) < retention) {
    weaknesses.push(`retention.ms ${dlq.config['retention.ms']} (source: ${retention === Infinity ? '-1, forever' : retention})`);
  }
  return {
    weaknesses,
    fix: {
      label: "Match the source topic's replication and retention",
      apply: (d) =>
        patchNode(d, dlq.id, {
          replicationFactor: Math.max(dlq.replicationFactor, rf),
          config: {
            'min.insync.replicas': Math.max(dlq.config['min.insync.replicas'], isr),
            'retention.ms': forever(dlq.config['retention.ms']) < retention ? (retention === Infinity ? -1 : retention) : dlq.config['retention.ms'],
          },
        }),
    },
  };
}

function compareRabbit(dlq: Rabbit, sources: Rabbit[]): Comparison {
  const weaknesses: string[] = [];
  const replicated = sources.find((s) => RABBIT_RANK[s.type] > RABBIT_RANK[dlq.type]);
  if (replicated) weaknesses.push(`a ${dlq.type} queue for ${replicated.type} source "${replicated.name}" (not replicated)`);
  const durable = sources.find((s) => s.durable && !dlq.durable);
  if (durable) weaknesses.push('not durable');
  return {
    weaknesses,
    fix: {
      label: replicated ? 'Make it a durable quorum queue' : 'Make it durable',
      apply: (d) => updateNode(d, dlq.id, { durable: true, ...(replicated ? { type: 'quorum' as const } : {}) }),
    },
  };
}

function compareNats(dlq: Nats, sources: Nats[]): Comparison {
  const replicas = Math.max(...sources.map((s) => s.num_replicas));
  // Ages compare only where both are declared: an unbounded source is nats/limits-stream-bounded's concern.
  const ages = sources.map((s) => durationToMs(s.max_age) ?? 0).filter((ms) => ms > 0);
  const dlqAge = durationToMs(dlq.max_age) ?? 0;
  const longest = ages.length > 0 ? Math.max(...ages) : 0;
  const longestAge = sources.find((s) => durationToMs(s.max_age) === longest)?.max_age;
  const weaknesses: string[] = [];
  if (dlq.num_replicas < replicas) weaknesses.push(`num_replicas ${dlq.num_replicas} (source: ${replicas})`);
  const memory = dlq.storage === 'memory' && sources.some((s) => s.storage === 'file');
  if (memory) weaknesses.push('memory storage for a file-stored source');
  const shorter = dlqAge > 0 && dlqAge < longest;
  if (shorter) weaknesses.push(`max_age ${dlq.max_age} (source: ${longestAge})`);
  return {
    weaknesses,
    fix: {
      label: "Match the source stream's replicas, storage and age",
      apply: (d) =>
        updateNode(d, dlq.id, {
          num_replicas: Math.max(dlq.num_replicas, replicas),
          ...(memory ? { storage: 'file' as const } : {}),
          ...(shorter ? { max_age: longestAge } : {}),
        }),
    },
  };
}

function compare(dlq: ResolvedNode, sources: ResolvedNode[]): Comparison | undefined {
  const same = <K extends ResolvedNode['kind']>(kind: K) => sources.filter((s): s is ResolvedNodeOfKind<K> => s.kind === kind);
  if (dlq.kind === 'kafka-topic' && same('kafka-topic').length > 0) return compareKafka(dlq, same('kafka-topic'));
  if (dlq.kind === 'rabbitmq-queue' && same('rabbitmq-queue').length > 0) return compareRabbit(dlq, same('rabbitmq-queue'));
  if (dlq.kind === 'nats-stream' && same('nats-stream').length > 0) return compareNats(dlq, same('nats-stream'));
  return undefined;
}

function sourceNames(dlq: ResolvedNode, sources: ResolvedNode[]): string {
  const names = sources.filter((s) => s.kind === dlq.kind).map((s) => `"${s.name}"`);
  return names.length === 1 ? `its source ${names[0]}` : `its sources ${names.join(', ')}`;
}

export const dlqDurabilityGeSource = defineRule({
  meta: {
    id: 'core/dlq-durability-ge-source',
    category: 'durability',
    severity: 'warning',
    summary: 'A dead-letter target should be at least as durable as the channels it receives failed messages from.',
    messages: {
      weaker: 'Dead-letter target "{dlq}" is less durable than {sources}: {weaknesses}. It often holds the only copy of a failed message.',
    },
  },
  check({ design, report }) {
    for (const { node, sources } of deadLetterTargets(design).values()) {
      const comparison = compare(node, sources);
      if (!comparison || comparison.weaknesses.length === 0) continue;
      report({
        target: { type: 'node', id: node.id },
        messageId: 'weaker',
        data: { dlq: node.name, sources: sourceNames(node, sources), weaknesses: comparison.weaknesses.join(', ') },
        fix: comparison.fix,
      });
    }
  },
});
