import { testRule } from '../rule-tester';
import { withWriter, type TestDesignInput } from '../../design/build-design';
import { deleteRetentionCoversBootstrap } from './delete-retention-covers-bootstrap';

/** A topic written by `writer` and read by a cache builder that declares `requirements`. */
function rebuilt(config: Record<string, unknown>, requirements: Record<string, unknown>, extra: Partial<TestDesignInput> = {}, topic: Record<string, unknown> = {}): TestDesignInput {
  return withWriter(
    {
      ...extra,
      nodes: [{ kind: 'kafka-topic', id: 'profiles', config, ...topic }, { kind: 'consumer-group', id: 'cache', requirements }, ...(extra.nodes ?? [])],
      connections: [{ from: 'profiles', to: 'cache' }, ...(extra.connections ?? [])],
    },
    'profiles',
  );
}

const compact = { 'cleanup.policy': 'compact' };

testRule(deleteRetentionCoversBootstrap, {
  valid: [
    { name: 'a rebuild shorter than the default day', design: rebuilt(compact, { replayFromBeginning: true, rebuildHours: 6 }) },
    { name: 'tombstones kept longer than the rebuild', design: rebuilt({ ...compact, 'delete.retention.ms': 172_800_000 }, { replayFromBeginning: true, rebuildHours: 30 }) },
    { name: 'exactly as long as the rebuild', design: rebuilt({ ...compact, 'delete.retention.ms': 108_000_000 }, { rebuildHours: 30 }) },
    { name: 'not compacted: no tombstones to lose', design: rebuilt({ 'cleanup.policy': 'delete', 'retention.ms': -1 }, { replayFromBeginning: true, rebuildHours: 30 }) },
    { name: 'a replay from the beginning of unknown length is not judged', design: rebuilt(compact, { replayFromBeginning: true }) },
    { name: 'no reader rebuilds', design: rebuilt(compact, {}) },
  ],
  invalid: [
    {
      name: 'a 30-hour rebuild against the default day of tombstones',
      design: rebuilt(compact, { replayFromBeginning: true, rebuildHours: 30 }),
      findings: [{ target: 'profiles', messageIncludes: 'keeps tombstones for 24 hours (unset: ' }],
      output: { nodes: { profiles: { config: { 'cleanup.policy': 'compact', 'delete.retention.ms': 108_000_000 } } } },
    },
    {
      name: 'compact,delete topics keep tombstones the same way',
      design: rebuilt({ 'cleanup.policy': 'compact,delete', 'retention.ms': -1, 'delete.retention.ms': 3_600_000 }, { rebuildHours: 2.5 }),
      findings: [{ target: 'profiles', messageIncludes: '"cache" replays it from the beginning in about 2.5 hours' }],
      output: { nodes: { profiles: { config: { 'delete.retention.ms': 9_000_000 } } } },
    },
    {
      name: 'the longest of several rebuilds, naming every reader it leaves short',
      design: rebuilt(compact, { rebuildHours: 36 }, { nodes: [{ kind: 'consumer-group', id: 'search', requirements: { rebuildHours: 48 } }], connections: [{ from: 'profiles', to: 'search' }] }),
      findings: [{ target: 'profiles', messageIncludes: '"cache", "search" replay it from the beginning in about 2 days' }],
      output: { nodes: { profiles: { config: { 'delete.retention.ms': 172_800_000 } } } },
    },
    {
      name: 'a cluster-wide log.cleaner.delete.retention.ms is shown as the source',
      design: rebuilt(compact, { rebuildHours: 12 }, { clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'log.cleaner.delete.retention.ms': 3_600_000 } }] }, { cluster: 'k' }),
      findings: [{ target: 'profiles', messageIncludes: 'keeps tombstones for 1 hour (unset: log.cleaner.delete.retention.ms on cluster k)' }],
    },
  ],
});
