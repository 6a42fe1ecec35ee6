import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { uncleanLeaderElectionDisabled } from './unclean-leader-election-disabled';

const unclean = { kind: 'kafka-topic', id: 't', config: { 'unclean.leader.election.enable': true } };

testRule(uncleanLeaderElectionDisabled, {
  valid: [
    { name: 'default (false)', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'at-most-once flow', design: withWriter({ requirements: { delivery: 'at-most-once' }, nodes: [unclean] }, 't') },
    { name: 'a topic no flow reaches (unknown needs)', design: { nodes: [unclean] } },
    {
      name: 'the topic overrides a broker that allows it',
      design: {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'unclean.leader.election.enable': true } }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k', config: { 'unclean.leader.election.enable': false } }],
      },
    },
    { name: 'Redpanda has no unclean election', design: { clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }], nodes: [{ ...unclean, cluster: 'rp' }] } },
  ],
  invalid: [
    {
      name: 'enabled on the topic',
      design: withWriter({ nodes: [unclean] }, 't'),
      findings: [{ target: 't', messageIncludes: 'at-least-once' }],
      output: { nodes: { t: { config: { 'unclean.leader.election.enable': false } } } },
    },
    {
      name: 'inherited from the broker',
      design: withWriter(
        {
          clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { 'unclean.leader.election.enable': 'true' } }],
          nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k' }],
        },
        't',
      ),
      findings: [{ target: 't', messageIncludes: 'inherited: unclean.leader.election.enable on cluster k' }],
      output: { nodes: { t: { config: { 'unclean.leader.election.enable': false } } } },
    },
  ],
});
