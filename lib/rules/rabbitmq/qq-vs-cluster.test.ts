import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { RULES } from '../registry';
import { testRule } from '../rule-tester';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { qqVsCluster } from './qq-vs-cluster';

function onCluster(nodes: number, queues: Array<Record<string, unknown>>, cluster: Record<string, unknown> = {}): TestDesignInput {
  return {
    clusters: [{ id: 'rabbit', name: 'rabbit', broker: 'rabbitmq', nodes, ...cluster }],
    nodes: queues.map((q, i) => ({ kind: 'rabbitmq-queue', id: `q${i + 1}`, cluster: 'rabbit', type: 'quorum', ...q }) as { kind: string; id: string }),
  };
}

const size = (n: number) => ({ arguments: { 'x-quorum-initial-group-size': n } });

testRule(qqVsCluster, {
  valid: [
    { name: 'the default group on 3 nodes', design: onCluster(3, [{}]) },
    { name: '5 replicas on 5 nodes', design: onCluster(5, [size(5)]) },
    { name: '3 replicas on 7 nodes', design: onCluster(7, [size(3)]) },
    { name: 'classic queues on one node', design: onCluster(1, [{ type: 'classic' }]) },
    { name: 'a development cluster of one node', design: onCluster(1, [size(3)], { environment: 'development' }) },
    { name: 'a queue on no declared cluster', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', type: 'quorum', arguments: { 'x-quorum-initial-group-size': 5 } }] } },
  ],
  invalid: [
    {
      name: 'a 5-replica quorum queue on a 1-node production cluster',
      design: onCluster(1, [{ name: 'orders', ...size(5) }]),
      findings: [{ messageIncludes: 'cluster "rabbit" has 1 node(s), so its quorum queues ("orders") run 1 replica(s) each: the only replica' }],
      output: { design: { clusters: [{ id: 'rabbit', nodes: 3 }] }, nodes: { q1: { arguments: { 'x-quorum-initial-group-size': 3 } } } },
    },
    {
      name: 'quorum queues with the default group size on 2 nodes, one finding for the cluster',
      design: onCluster(2, [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]),
      findings: [{ messageIncludes: '("a", "b", "c" and 1 more) run 2 replica(s) each: a majority of 2 replicas is both' }],
      output: { design: { clusters: [{ id: 'rabbit', nodes: 3 }] } },
    },
    {
      name: 'a vhost whose default queue type is quorum',
      design: onCluster(1, [{ type: undefined, name: 'jobs' }], { config: { default_queue_type: 'quorum' } }),
      findings: [{ messageIncludes: '("jobs")' }],
    },
    {
      name: 'more replicas asked for than the cluster has nodes',
      design: onCluster(3, [{ name: 'payments', ...size(5) }]),
      findings: [
        { target: 'q1', messageIncludes: 'asks for 5 replicas (x-quorum-initial-group-size), but cluster "rabbit" has 3 nodes: RabbitMQ starts only 3, so it survives the loss of 1 node(s), not 2' },
      ],
      output: { nodes: { q1: { arguments: { 'x-quorum-initial-group-size': 3 } } } },
    },
    {
      name: 'on an even cluster the fix picks the odd size below',
      design: onCluster(4, [size(5)]),
      findings: [{ target: 'q1' }],
      output: { nodes: { q1: { arguments: { 'x-quorum-initial-group-size': 3 } } } },
    },
  ],
});

describe('rabbitmq/qq-vs-cluster beside rabbitmq/quorum-group-size', () => {
  it('is the one finding for an even size the cluster cannot host either', () => {
    const ids = runRules(makeDesign(onCluster(3, [size(4)])), RULES).map((f) => f.ruleId);
    expect(ids).toContain('rabbitmq/qq-vs-cluster');
    expect(ids).not.toContain('rabbitmq/quorum-group-size');
  });

  it('leaves a size the cluster can host to rabbitmq/quorum-group-size', () => {
    const ids = runRules(makeDesign(onCluster(5, [size(4)])), RULES).map((f) => f.ruleId);
    expect(ids).toContain('rabbitmq/quorum-group-size');
    expect(ids).not.toContain('rabbitmq/qq-vs-cluster');
  });
});
