import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KAFKA_TOOL_CLASSES, toolCommand } from '../testing/kafka-tools';
import { applyKafkaPlan } from './kafka-apply';
import { importLive } from './import-live';
import { applyKafkaCluster, auditKafka, planKafkaCluster } from './kafka-audit';
import { readKafkaClusterState } from './kafka-cluster-state';
import { admin, applyAndSettle, broker, connection, consumers, create, design, liveTopic, scope, summary, useAuditBroker } from '../testing/kafka-audit-broker';

/**
 * Audit, plan and apply against one real Kafka 4.x broker (KRaft, started
 * here): what each difference is classified as and what apply does to the
 * broker. Every scenario checks the plan's classification, the effect on the
 * broker (read back with a separate admin client), and that an audit after the
 * apply finds nothing and a second apply does nothing. How the audit is
 * reached (studio route, command line, SASL, rights) is in
 * kafka-access-audit.test.ts.
 */

useAuditBroker();

describe('Kafka audit, plan and apply on a real broker', () => {
  it('creates a missing topic with the design partitions and configs (safe), then finds no drift and plans nothing', async () => {
    const d = design([{ name: 's1-orders', partitions: 6, config: { 'retention.ms': 86_400_000, 'cleanup.policy': 'compact,delete' } }]);
    const before = await auditKafka(connection, d, scope('s1-'));
    expect(before.differences).toEqual([{ kind: 'only-in-design', resource: { type: 'topic', name: 's1-orders' } }]);
    const plan = await planKafkaCluster(connection, d, scope('s1-'));
    expect(summary(plan.plan.operations)).toEqual(['create-topic s1-orders safe']);
    expect(plan.plan.operations[0].refused).toBeUndefined();
    expect(await liveTopic('s1-orders')).toBeUndefined();
    const { after, again } = await applyAndSettle(d, 's1-');
    const topic = await liveTopic('s1-orders');
    expect(topic.partitions).toBe(6);
    expect(topic.configs['retention.ms']).toEqual({ value: '86400000', source: 'set on the topic' });
    expect(topic.configs['cleanup.policy'].value).toBe('compact,delete');
    expect(after.differences).toEqual([]);
    expect(again.plan).toEqual({ operations: [], blocked: [] });
  }, 120_000);

  it('leaves unset partitions to the cluster (num.partitions=3 here) and does not call that drift', async () => {
    const d = design([{ name: 's2-events' }]);
    const { applied, after } = await applyAndSettle(d, 's2-');
    expect(applied.plan.operations[0].details).toMatchObject({ partitions: 'cluster default', replicationFactor: 'cluster default' });
    expect((await liveTopic('s2-events')).partitions).toBe(3);
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('grows partitions in place, marked disruptive because keys move partition', async () => {
    await create('s3-clicks', 2);
    const d = design([{ name: 's3-clicks', partitions: 5 }]);
    const audit = await auditKafka(connection, d, scope('s3-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's3-clicks' }, setting: 'partitions', design: '5', live: '2', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s3-'));
    expect(summary(plan.plan.operations)).toEqual(['add-partitions s3-clicks disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/different partition/);
    const { after, again } = await applyAndSettle(d, 's3-');
    expect((await liveTopic('s3-clicks')).partitions).toBe(5);
    expect(after.differences).toEqual([]);
    expect(again.plan.operations).toEqual([]);
  }, 120_000);

  it('refuses to shrink partitions without --allow-delete: blocked, nothing changes', async () => {
    await create('s4-big', 4);
    const d = design([{ name: 's4-big', partitions: 2 }]);
    const plan = await planKafkaCluster(connection, d, scope('s4-'));
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked).toEqual([{ resource: { type: 'topic', name: 's4-big' }, why: expect.stringMatching(/cannot take partitions away \(4 → 2\).*--allow-delete topic:s4-big/) }]);
    const applied = await applyKafkaCluster(connection, d, scope('s4-'));
    expect(applied.result.done).toEqual([]);
    expect((await liveTopic('s4-big')).partitions).toBe(4);
  }, 120_000);

  it('with --allow-delete, shrinking is delete and re-create, both destructive first', async () => {
    await create('s5-big', 4, { 'retention.ms': '1000000' });
    const d = design([{ name: 's5-big', partitions: 2, config: { 'retention.ms': 2_000_000 } }]);
    const plan = await planKafkaCluster(connection, d, { ...scope('s5-'), allowDelete: new Set(['topic:s5-big']) });
    expect(summary(plan.plan.operations)).toEqual(['delete-topic s5-big destructive', 'create-topic s5-big safe']);
    expect(plan.plan.blocked).toEqual([]);
    const { after, again } = await applyAndSettle(d, 's5-', ['topic:s5-big']);
    const topic = await liveTopic('s5-big');
    expect(topic.partitions).toBe(2);
    expect(topic.configs['retention.ms'].value).toBe('2000000');
    expect(after.differences).toEqual([]);
    expect(again.plan.operations).toEqual([]);
  }, 180_000);

  it('a longer retention is a safe config change', async () => {
    await create('s6-logs', 1, { 'retention.ms': '3600000' });
    const d = design([{ name: 's6-logs', config: { 'retention.ms': 7_200_000 } }]);
    const audit = await auditKafka(connection, d, scope('s6-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's6-logs' }, setting: 'retention.ms', design: '7200000', live: '3600000', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s6-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s6-logs safe']);
    expect(plan.plan.operations[0].details).toEqual({ set: { 'retention.ms': '7200000' } });
    const { after } = await applyAndSettle(d, 's6-');
    expect((await liveTopic('s6-logs')).configs['retention.ms'].value).toBe('7200000');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a shorter retention is disruptive (older records go at the next cleanup)', async () => {
    await create('s7-logs', 1, { 'retention.ms': '7200000' });
    const d = design([{ name: 's7-logs', config: { 'retention.ms': 3_600_000 } }]);
    const plan = await planKafkaCluster(connection, d, scope('s7-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s7-logs disruptive']);
    expect(plan.plan.operations[0].why).toMatch(/lower retention.ms deletes records/);
    const { after } = await applyAndSettle(d, 's7-');
    expect((await liveTopic('s7-logs')).configs['retention.ms'].value).toBe('3600000');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a config the topic overrides but the design leaves unset goes back to the cluster default', async () => {
    await create('s8-unset', 1, { 'max.message.bytes': '2097152', 'segment.ms': '3600000' });
    const d = design([{ name: 's8-unset', config: { 'segment.ms': 3_600_000 } }]);
    const audit = await auditKafka(connection, d, scope('s8-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's8-unset' }, setting: 'max.message.bytes', live: '2097152', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s8-'));
    expect(plan.plan.operations[0].details).toEqual({ remove: ['max.message.bytes'] });
    const { after } = await applyAndSettle(d, 's8-');
    const topic = await liveTopic('s8-unset');
    expect(topic.configs['max.message.bytes'].source).toBe('Kafka default');
    expect(topic.configs['segment.ms']).toEqual({ value: '3600000', source: 'set on the topic' });
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('a new cleanup policy is disruptive', async () => {
    await create('s9-state', 1);
    const d = design([{ name: 's9-state', config: { 'cleanup.policy': 'compact' } }]);
    const audit = await auditKafka(connection, d, scope('s9-'));
    expect(audit.differences[0]).toMatchObject({ setting: 'cleanup.policy', design: 'compact', live: 'delete', source: 'Kafka default' });
    const plan = await planKafkaCluster(connection, d, scope('s9-'));
    expect(summary(plan.plan.operations)).toEqual(['alter-configs s9-state disruptive']);
    const { after } = await applyAndSettle(d, 's9-');
    expect((await liveTopic('s9-state')).configs['cleanup.policy'].value).toBe('compact');
    expect(after.differences).toEqual([]);
  }, 120_000);

  it('the broker validates the plan: a replication factor the cluster cannot hold is refused in plan, and apply does nothing', async () => {
    const d = design([{ name: 's10-replicated', replicationFactor: 3 }]);
    const plan = await planKafkaCluster(connection, d, scope('s10-'));
    expect(summary(plan.plan.operations)).toEqual(['create-topic s10-replicated safe']);
    expect(plan.plan.operations[0].refused).toMatch(/replication factor of 3 cannot be reached because only 1 broker/);
    const applied = await applyKafkaCluster(connection, d, scope('s10-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.failed?.error).toMatch(/refused it in validation/);
    expect(await liveTopic('s10-replicated')).toBeUndefined();
  }, 120_000);

  it('the broker validates configs in plan: a growth passes, a config the broker refuses is named, and apply stops before changing anything', async () => {
    await create('s11-a', 1);
    await create('s11-b', 1);
    // The design claims the cluster runs tiered storage; this broker does not, which only the broker knows.
    const d = design(
      [
        { name: 's11-a', partitions: 2 },
        { name: 's11-b', config: { 'remote.storage.enable': true } },
      ],
      [],
      { 'remote.log.storage.system.enable': true },
    );
    const plan = await planKafkaCluster(connection, d, scope('s11-'));
    const ops = plan.plan.operations;
    expect(summary(ops)).toEqual(['add-partitions s11-a disruptive', 'alter-configs s11-b safe']);
    expect(ops[0].refused).toBeUndefined();
    expect(ops[1].refused).toMatch(/Tiered Storage functionality is disabled/);
    const applied = await applyKafkaCluster(connection, d, scope('s11-'));
    expect(applied.result.done).toEqual([]);
    expect(applied.result.notDone.map((o) => o.action)).toEqual(['add-partitions']);
    expect((await liveTopic('s11-a')).partitions).toBe(1);
    expect((await liveTopic('s11-b')).configs['remote.storage.enable'].value).toBe('false');
  }, 120_000);

  it('a replication-factor change is a reassignment: blocked, never applied', async () => {
    await create('s12-rf', 1);
    const d = design([{ name: 's12-rf', replicationFactor: 2 }]);
    const audit = await auditKafka(connection, d, scope('s12-'));
    expect(audit.differences).toEqual([{ kind: 'differs', resource: { type: 'topic', name: 's12-rf' }, setting: 'replication factor', design: '2', live: '1', source: 'set on the topic' }]);
    const plan = await planKafkaCluster(connection, d, scope('s12-'));
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked[0].why).toMatch(/reassignment/);
  }, 120_000);

  it('a topic only in the cluster is reported, and deleted only with its own --allow-delete', async () => {
    await create('s13-keep', 1);
    await create('s13-old', 1);
    await create('s13-other', 1);
    const d = design([{ name: 's13-keep' }]);
    const audit = await auditKafka(connection, d, scope('s13-'));
    expect(audit.differences.map((x) => `${x.kind} ${x.resource.name}`)).toEqual(['only-in-cluster s13-old', 'only-in-cluster s13-other']);
    const unflagged = await planKafkaCluster(connection, d, scope('s13-'));
    expect(unflagged.plan.operations).toEqual([]);
    expect(unflagged.plan.blocked.map((b) => b.resource.name)).toEqual(['s13-old', 's13-other']);
    const applied = await applyKafkaCluster(connection, d, scope('s13-'));
    expect(applied.result.done).toEqual([]);
    expect(await liveTopic('s13-old')).toBeDefined();
    const flagged = await applyKafkaCluster(connection, d, { ...scope('s13-'), allowDelete: new Set(['topic:s13-old']) });
    expect(summary(flagged.plan.operations)).toEqual(['delete-topic s13-old destructive']);
    expect(flagged.result.done).toHaveLength(1);
    expect(await liveTopic('s13-old')).toBeUndefined();
    expect(await liveTopic('s13-other')).toBeDefined();
    const after = await auditKafka(connection, d, scope('s13-'));
    expect(after.differences.map((x) => x.resource.name)).toEqual(['s13-other']);
  }, 180_000);

  it('reads a KIP-848 consumer-protocol group with its members, reports it undocumented, never plans to delete it, and is quiet once the design draws it', async () => {
    await create('s14-feed', 2);
    const { command, args } = toolCommand(KAFKA_TOOL_CLASSES['kafka-console-consumer.sh'], [
      '--bootstrap-server',
      broker.bootstrap,
      '--topic',
      's14-feed',
      '--group',
      's14-newproto',
      '--consumer-property',
      'group.protocol=consumer',
    ]);
    consumers.push(spawn(command, args, { stdio: 'ignore' }));
    let group;
    for (let i = 0; i < 240 && !group?.members.length; i++) {
      group = (await readKafkaClusterState(admin, { include: () => false })).groups.find((g) => g.groupId === 's14-newproto');
      if (!group?.members.length) await new Promise((r) => setTimeout(r, 500));
    }
    expect(group).toMatchObject({ protocol: 'consumer', state: expect.stringMatching(/stable|assigning|reconciling/i) });
    expect(group!.members).toHaveLength(1);
    expect(group!.members[0].topics).toEqual(['s14-feed']);
    const undrawn = design([{ name: 's14-feed', partitions: 2 }]);
    const audit = await auditKafka(connection, undrawn, scope('s14-'));
    expect(audit.differences).toEqual([
      { kind: 'only-in-cluster', resource: { type: 'group', name: 's14-newproto' }, live: expect.stringMatching(/^consumer protocol, .*1 member reading s14-feed$/) },
    ]);
    const plan = await planKafkaCluster(connection, undrawn, { ...scope('s14-'), allowDelete: new Set(['group:s14-newproto']) });
    expect(plan.plan.operations).toEqual([]);
    expect(plan.plan.blocked[0].why).toMatch(/never deletes groups/);
    const drawn = design([{ name: 's14-feed', partitions: 2 }], ['s14-newproto']);
    expect((await auditKafka(connection, drawn, scope('s14-'))).differences).toEqual([]);
    // The live import (command line and studio) reads the group the same way, member and all: through kafkajs it read "Dead", with none.
    const imported = await importLive({ from: 'kafka', bootstrap: broker.bootstrap });
    if (!imported.ok) throw new Error(imported.error.message);
    const node = imported.design.nodes.find((n) => n.kind === 'consumer-group' && n.groupId === 's14-newproto');
    expect(node).toMatchObject({
      instances: 1,
      kafka: { 'group.protocol': 'consumer' },
      notes: expect.stringMatching(/; 1 member: console-consumer.* \(.+\)\. Uses the consumer group protocol \(KIP-848\)\.$/),
    });
    const reads = imported.design.connections.filter((c) => c.kind === 'consume' && c.to === node?.id).map((c) => imported.design.nodes.find((n) => n.id === c.from)?.name);
    expect(reads).toEqual(['s14-feed']);
  }, 180_000);

  it('apply stops at the first failure and says what was done and what was not', async () => {
    await create('s18-taken', 1);
    const op = (name: string) => ({
      action: 'create-topic',
      resource: { type: 'topic' as const, name },
      safety: 'safe' as const,
      why: '',
      details: { partitions: 1, replicationFactor: 1, configs: {} },
    });
    // The plan was made before someone else created s18-taken: its create fails at apply time.
    const result = await applyKafkaPlan(admin, { operations: [op('s18-first'), op('s18-taken'), op('s18-never')], blocked: [] });
    expect(result.done.map((o) => o.resource.name)).toEqual(['s18-first']);
    expect(result.failed?.operation.resource.name).toBe('s18-taken');
    expect(result.failed?.error).toMatch(/already exists|TOPIC_ALREADY_EXISTS/);
    expect(result.notDone.map((o) => o.resource.name)).toEqual(['s18-never']);
    expect(await liveTopic('s18-first')).toBeDefined();
    expect(await liveTopic('s18-never')).toBeUndefined();
  }, 120_000);

  it('several configs set and one removed in one alter, applied together', async () => {
    await create('s19-many', 1, { 'segment.ms': '3600000', 'max.message.bytes': '2097152', 'compression.type': 'gzip' });
    const d = design([{ name: 's19-many', config: { 'segment.ms': 7_200_000, 'compression.type': 'zstd', 'message.timestamp.type': 'LogAppendTime' } }]);
    const plan = await planKafkaCluster(connection, d, scope('s19-'));
    expect(plan.plan.operations).toHaveLength(1);
    expect(plan.plan.operations[0].details).toEqual({ set: { 'segment.ms': '7200000', 'compression.type': 'zstd', 'message.timestamp.type': 'LogAppendTime' }, remove: ['max.message.bytes'] });
    expect(plan.plan.operations[0].safety).toBe('safe');
    const { after } = await applyAndSettle(d, 's19-');
    const topic = await liveTopic('s19-many');
    expect(topic.configs['compression.type'].value).toBe('zstd');
    expect(topic.configs['message.timestamp.type'].value).toBe('LogAppendTime');
    expect(topic.configs['max.message.bytes'].source).not.toBe('set on the topic');
    expect(after.differences).toEqual([]);
  }, 120_000);
});
