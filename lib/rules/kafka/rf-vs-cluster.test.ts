import { testRule } from '../rule-tester';
import { rfVsCluster } from './rf-vs-cluster';

const cluster = (props: Record<string, unknown> = {}) => ({ id: 'k', name: 'main', broker: 'kafka', ...props });
const topic = (props: Record<string, unknown> = {}) => ({ kind: 'kafka-topic', id: 't', cluster: 'k', ...props });

testRule(rfVsCluster, {
  valid: [
    { name: 'defaults (3 brokers, 3 racks, RF 3)', design: { clusters: [cluster()], nodes: [topic()] } },
    { name: 'cross-rack with as many racks as replicas', design: { clusters: [cluster({ nodes: 6 })], nodes: [topic({ placement: 'cross-rack' })] } },
    { name: 'balanced leaders with 12 partitions over 3 racks', design: { clusters: [cluster()], nodes: [topic({ placement: 'balanced-leaders', partitions: 12 })] } },
    { name: 'RF above racks without cross-rack placement', design: { clusters: [cluster({ racks: 2 })], nodes: [topic()] } },
  ],
  invalid: [
    {
      name: 'RF above brokers (production: grow the cluster)',
      design: { clusters: [cluster({ nodes: 2 })], nodes: [topic()] },
      findings: [{ target: 't', messageIncludes: 'only 2 brokers' }],
      output: { design: { clusters: [{ id: 'k', nodes: 3 }] } },
    },
    {
      name: 'cross-rack with 2 racks: no fix',
      design: { clusters: [cluster({ nodes: 6, racks: 2 })], nodes: [topic({ placement: 'cross-rack' })] },
      findings: [{ target: 't', messageIncludes: 'only 2 racks' }],
    },
    {
      name: 'balanced leaders with 10 partitions over 3 racks',
      design: { clusters: [cluster()], nodes: [topic({ placement: 'balanced-leaders', partitions: 10 })] },
      findings: [{ target: 't', messageIncludes: '10 partitions, not a multiple of 3' }],
      output: { nodes: { t: { partitions: 12 } } },
    },
  ],
});
