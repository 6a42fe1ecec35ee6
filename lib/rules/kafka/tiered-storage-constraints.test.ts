import { testRule } from '../rule-tester';
import { tieredStorageConstraints } from './tiered-storage-constraints';

const topic = (config: Record<string, unknown>) => ({ kind: 'kafka-topic', id: 't', config });

testRule(tieredStorageConstraints, {
  valid: [
    { name: 'no tiered storage', design: { nodes: [topic({})] } },
    { name: 'tiered with a day of local retention', design: { nodes: [topic({ 'remote.storage.enable': true, 'local.retention.ms': 86400000 })] } },
    { name: 'tiered, local = total (-2)', design: { nodes: [topic({ 'remote.storage.enable': true, 'local.retention.ms': -2, 'retention.ms': -1 })] } },
    { name: 'unlimited local under unlimited total', design: { nodes: [topic({ 'remote.storage.enable': true, 'local.retention.ms': -1, 'retention.ms': -1 })] } },
    {
      name: 'tiered on a cluster that enables tiered storage',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'remote.log.storage.system.enable': true } }], nodes: [{ ...topic({ 'remote.storage.enable': true }), cluster: 'k' }] },
    },
  ],
  invalid: [
    {
      name: 'compacted and tiered',
      design: { nodes: [topic({ 'remote.storage.enable': true, 'cleanup.policy': 'compact,delete' })] },
      findings: [{ target: 't', messageIncludes: 'cleanup.policy=delete, not compact,delete' }],
    },
    {
      name: 'unlimited local retention under a finite total',
      design: { nodes: [topic({ 'remote.storage.enable': true, 'local.retention.ms': -1 })] },
      findings: [{ target: 't', messageIncludes: 'local.retention.ms=-1 keeps more than retention.ms=604800000' }],
    },
    {
      name: 'local bytes above total bytes',
      design: { nodes: [topic({ 'remote.storage.enable': true, 'retention.bytes': 1000, 'local.retention.bytes': 2000 })] },
      findings: [{ target: 't', messageIncludes: 'local.retention.bytes=2000' }],
    },
    {
      // A Kafka 4.1 broker without tiered storage refuses the topic: "Tiered Storage functionality is disabled in the broker".
      name: 'tiered on a cluster that does not enable tiered storage',
      design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ ...topic({ 'remote.storage.enable': true }), cluster: 'k' }] },
      findings: [{ target: 't', messageIncludes: 'remote.log.storage.system.enable=true' }],
    },
    {
      name: 'local retention without remote storage',
      design: { nodes: [topic({ 'local.retention.ms': 1000 })] },
      findings: [{ target: 't', messageIncludes: 'without remote.storage.enable=true' }],
    },
  ],
});
