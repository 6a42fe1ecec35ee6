import { describe, expect, it } from 'vitest';
import type { KafkaClusterState, LiveTopicState } from './kafka-cluster-state';
import type { KafkaDesired } from './kafka-desired';
import { kafkaDesired } from './kafka-desired';
import { kafkaDrift } from './kafka-drift';
import { planKafka } from './kafka-plan';
import { readDesign } from '../design/read-design';
import { LiveImportError } from './live-error';

/** The plan's rules on their own, without a broker: classification, order and the flags. */

const topic = (name: string, partitions: number, configs: Record<string, string> = {}): LiveTopicState => ({
  name,
  partitions,
  replicationFactor: 1,
  configs: Object.fromEntries(Object.entries(configs).map(([k, value]) => [k, { value, source: 'set on the topic' as const }])),
});
const state = (...topics: LiveTopicState[]): KafkaClusterState => ({ topics, groups: [], internalTopics: [], otherGroups: [], problems: [] });
const desired = (...topics: KafkaDesired['topics']): KafkaDesired => ({ clusterId: 'c', topics, groups: [] });

describe('planKafka', () => {
  it('orders deletes before creates before partition growth before config changes', () => {
    const plan = planKafka(
      desired({ name: 'new', configs: {} }, { name: 'grow', partitions: 4, configs: {} }, { name: 'conf', configs: { 'retention.ms': '10' } }, { name: 'shrink', partitions: 1, configs: {} }),
      state(topic('grow', 2), topic('conf', 1), topic('shrink', 3), topic('old', 1)),
      { allowDelete: new Set(['topic:shrink', 'topic:old']) },
    );
    expect(plan.operations.map((o) => `${o.action} ${o.resource.name}`)).toEqual([
      'delete-topic shrink',
      'delete-topic old',
      'create-topic new',
      'create-topic shrink',
      'add-partitions grow',
      'alter-configs conf',
    ]);
    expect(plan.blocked).toEqual([]);
  });

  it('a retention change from unlimited (-1) to a limit is disruptive; from a limit to unlimited is safe', () => {
    const down = planKafka(desired({ name: 't', configs: { 'retention.ms': '1000' } }), state(topic('t', 1, { 'retention.ms': '-1' })));
    expect(down.operations[0].safety).toBe('disruptive');
    const up = planKafka(desired({ name: 't', configs: { 'retention.ms': '-1' } }), state(topic('t', 1, { 'retention.ms': '1000' })));
    expect(up.operations[0].safety).toBe('safe');
  });

  it('a higher min.insync.replicas and a lower max.message.bytes are disruptive; the reverse is safe', () => {
    const plan = (want: Record<string, string>, have: Record<string, string>) => planKafka(desired({ name: 't', configs: want }), state(topic('t', 1, have))).operations[0].safety;
    expect(plan({ 'min.insync.replicas': '2' }, { 'min.insync.replicas': '1' })).toBe('disruptive');
    expect(plan({ 'min.insync.replicas': '1' }, { 'min.insync.replicas': '2' })).toBe('safe');
    expect(plan({ 'max.message.bytes': '1000' }, { 'max.message.bytes': '2000' })).toBe('disruptive');
    expect(plan({ 'max.message.bytes': '3000' }, { 'max.message.bytes': '2000' })).toBe('safe');
  });

  it('cleanup.policy lists are sets: compact,delete matches delete,compact', () => {
    const same = desired({ name: 't', configs: { 'cleanup.policy': 'compact,delete' } });
    const live = state(topic('t', 1, { 'cleanup.policy': 'delete,compact' }));
    expect(planKafka(same, live).operations).toEqual([]);
    expect(kafkaDrift(same, live)).toEqual([]);
  });

  it('outside the prefix, cluster topics are neither reported nor planned', () => {
    const plan = planKafka(desired({ name: 'a.one', configs: {} }), state(topic('a.one', 1), topic('a.two', 1), topic('b.other', 1)), { scope: { prefix: 'a.' } });
    expect(plan.blocked.map((b) => b.resource.name)).toEqual(['a.two']);
  });

  it("a shrink without the flag still applies the topic's config changes", () => {
    const plan = planKafka(desired({ name: 't', partitions: 1, configs: { 'segment.ms': '1000' } }), state(topic('t', 3)));
    expect(plan.operations.map((o) => o.action)).toEqual(['alter-configs']);
    expect(plan.blocked[0].why).toMatch(/--allow-delete topic:t/);
  });
});

describe('kafkaDesired', () => {
  const read = (doc: unknown) => {
    const r = readDesign(JSON.stringify(doc));
    if (!r.ok) throw new Error('unreadable');
    return r.design;
  };
  const twoClusters = read({
    queuewright: 2,
    clusters: [
      { id: 'east', name: 'East', broker: 'kafka' },
      { id: 'west', name: 'West', broker: 'kafka' },
    ],
    nodes: [
      { kind: 'kafka-topic', id: 'a', name: 'a', cluster: 'east' },
      { kind: 'kafka-topic', id: 'b', name: 'b', cluster: 'west', partitions: 2 },
    ],
  });

  it('asks which cluster when the design draws several, and names them', () => {
    expect(() => kafkaDesired(twoClusters)).toThrow(/on 2 clusters; name one with --cluster: east \(East\), west \(West\)/);
    expect(() => kafkaDesired(twoClusters, 'north')).toThrow(/no Kafka cluster "north"/);
    expect(kafkaDesired(twoClusters, 'west').topics).toEqual([{ name: 'b', partitions: 2, configs: {} }]);
  });

  it("refuses a design the exporters would refuse, with the exporters' words", () => {
    const bad = read({ queuewright: 2, nodes: [{ kind: 'kafka-topic', id: 'x', name: 'bad name!' }] });
    const error = (() => {
      try {
        kafkaDesired(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LiveImportError);
    expect((error as LiveImportError).message).toMatch(/cannot be applied: Kafka topic "bad name!" \(x\): the name contains space, "!"/);
  });

  it('has nothing to compare in a design without Kafka topics', () => {
    expect(() => kafkaDesired(read({ queuewright: 2, nodes: [] }))).toThrow(/no Kafka topics/);
  });
});
