import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { designFromData, indexGraph, type Design } from '../design';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';
import { runRules } from './engine';
import { RULE_DOCS } from './docs-registry';
import { RULES } from './registry';
import type { Finding } from './rule';
import { sameSite, subsumers } from './subsumption';
import { makeDesign } from '../design/build-design';

/**
 * One defect, one finding, checked over the whole registry rather than by
 * hand: on every rule's documented failing example, every template and every
 * design of the review benchmark, apply each finding's fix and see which
 * other findings on the same site it also removes. Two rules whose findings
 * one fix removes report one defect, unless the pair is known to be two
 * defects that happen to share a fix (below, each with why). The answer for a
 * real duplicate is `subsumes` in one rule's metadata, never this list.
 */
const DISTINCT: ReadonlyArray<[string, string, string]> = [
  ['kafka/idempotence-requires-acks-all', 'kafka/acks-all-for-at-least-once', 'one keeps the client from starting, the other loses acknowledged records; acks=all fixes both'],
  ['kafka/idempotence-requires-acks-all', 'kafka/ordering-chain', 'a client that will not start, and retries that reorder once it does; acks=all fixes both'],
  ['kafka/acks-all-for-at-least-once', 'kafka/ordering-chain', 'lost records and reordered records; acks=all makes the producer idempotent, which fixes both'],
  ['kafka/idempotence-max-in-flight-le-5', 'kafka/ordering-chain', 'a client that will not start, and reordering; capping the requests in flight fixes both'],
  ['kafka/transactional-id-requires-idempotence', 'kafka/ordering-chain', 'a transactional producer that will not start, and reordering; idempotence fixes both'],
  ['kafka/transactional-id-requires-idempotence', 'kafka/no-reordering-on-retry', 'a transactional producer that will not start, and reordering; idempotence fixes both'],
  ['kafka/compaction-needs-keys', 'kafka/ordering-chain', 'compaction that keeps the wrong records, and lost per-key order; keying the records fixes both'],
  ['kafka/compaction-needs-keys', 'kafka/key-required-for-per-key-ordering', 'compaction that keeps the wrong records, and lost per-key order; keying the records fixes both'],
  ['kafka/ordering-chain', 'kafka/partition-growth-loss', 'keys remapped by new partitions, and records lost on them by a latest reset; creating the partitions now fixes both'],
  ['kafka/partition-increase-remaps-keys', 'kafka/partition-growth-loss', 'keys remapped by new partitions, and records lost on them by a latest reset; creating the partitions now fixes both'],
  [
    'kafka/replication-factor-ge-3',
    'kafka/min-isr-le-replication-factor',
    'too few replicas for durability, and a min ISR above the replica count (never met before Kafka 3.7, capped from 3.7); more replicas fix both',
  ],
  ['kafka/replication-factor-ge-3', 'kafka/transactions-need-three-brokers', 'a topic with too few replicas, and a transaction log the cluster cannot place; a third broker fixes both'],
  ['kafka/replication-factor-ge-3', 'kafka/acks-vs-min-isr', "too few replicas, and a min ISR the producer's acks ignore; a new RF and min ISR fix both"],
  ['kafka/min-isr-le-replication-factor', 'kafka/acks-vs-min-isr', 'a min ISR above the replica count, and producers whose acks ignore it; lowering min ISR to RF-1 fixes both'],
  [
    'rabbitmq/binding-matches-no-publisher',
    'rabbitmq/unroutable-path',
    'a queue bound with a key no publisher sends, and published messages dropped unroutable with neither the mandatory flag nor an alternate exchange; correcting the misspelt binding key fixes both',
  ],
  ['sns/fifo-topic-endpoints', 'sns/subscription-dlq', 'a subscription a FIFO topic cannot have, and a subscription without a DLQ; replacing it with a queue with a DLQ fixes both'],
  ['pubsub/exactly-once-pull-only', 'pubsub/push-ack-deadline', "exactly-once that push does not support, and a push request timeout under the handler's p99; pulling fixes both"],
  ['pubsub/exactly-once-pull-only', 'pubsub/push-endpoint-authenticated', 'exactly-once that push does not support, and an endpoint anyone can post to; pulling removes the endpoint'],
  ['core/invalid-connection', 'core/message-schema-versioned', 'a connection that makes no sense, and a schema the publish over it lacks; removing the connection removes both'],
];

function isDistinct(a: string, b: string): boolean {
  return DISTINCT.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function designs(): Array<[string, Design]> {
  const out: Array<[string, Design]> = RULES.map((rule) => [`${rule.meta.id} (failing example)`, makeDesign(RULE_DOCS[rule.meta.id].examples.failing)]);
  for (const template of TEMPLATES) out.push([`template ${template.id}`, templateDesign(template)]);
  const corpus = join(__dirname, '..', '..', 'eval', 'corpus');
  for (const family of readdirSync(corpus)) {
    for (const file of readdirSync(join(corpus, family))) {
      const read = designFromData(parse(readFileSync(join(corpus, family, file), 'utf8')).design, { allowGraphProblems: true });
      if (read.ok) out.push([`eval ${family}/${file}`, read.design]);
    }
  }
  return out;
}

const key = (f: Finding) => `${f.ruleId}@${f.target.type === 'design' ? '' : f.target.id}`;

describe('one defect, one finding', () => {
  it('no two rules report one defect on one site, unless one subsumes the other', () => {
    const duplicates = new Map<string, string>();
    for (const [name, design] of designs()) {
      const graph = indexGraph(design);
      const findings = runRules(design, RULES).filter((f) => f.severity !== 'info');
      for (const fixed of findings) {
        if (!fixed.fix) continue;
        const after = new Set(runRules(fixed.fix.apply(design), RULES).map(key));
        for (const other of findings) {
          if (other.ruleId === fixed.ruleId || after.has(key(other)) || !sameSite(graph, fixed.target, other.target)) continue;
          if (isDistinct(fixed.ruleId, other.ruleId)) continue;
          duplicates.set([fixed.ruleId, other.ruleId].sort().join(' and '), name);
        }
      }
    }
    expect([...duplicates].map(([pair, where]) => `${pair} (e.g. ${where})`)).toEqual([]);
  });

  it('every subsumed and every distinct rule id exists', () => {
    const ids = new Set<string>(RULES.map((r) => r.meta.id));
    const named = [...subsumers(RULES).keys(), ...DISTINCT.flatMap(([a, b]) => [a, b])];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});
