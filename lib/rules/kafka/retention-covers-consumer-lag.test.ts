import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { retentionCoversConsumerLag } from './retention-covers-consumer-lag';

const day = { kind: 'kafka-topic', id: 't', config: { 'retention.ms': 86400000 } };

testRule(retentionCoversConsumerLag, {
  valid: [
    {
      name: 'a compacted topic a reader rebuilds from',
      design: withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 't', config: { 'cleanup.policy': 'compact' } },
            { kind: 'consumer-group', id: 'projector', requirements: { replayFromBeginning: true } },
          ],
          connections: [{ from: 't', to: 'projector' }],
        },
        't',
      ),
    },
    { name: 'nothing declared', design: withWriter({ nodes: [day] }, 't') },
    { name: 'a day covers a 12-hour outage', design: withWriter({ requirements: { maxConsumerOutageHours: 12 }, nodes: [day] }, 't') },
    { name: 'kept forever', design: withWriter({ requirements: { retentionHours: 10000 }, nodes: [{ kind: 'kafka-topic', id: 't', config: { 'retention.ms': -1 } }] }, 't') },
    {
      name: 'compacted only (no time-based deletion)',
      design: withWriter({ requirements: { retentionHours: 10000 }, nodes: [{ kind: 'kafka-topic', id: 't', config: { 'retention.ms': 1000, 'cleanup.policy': 'compact' } }] }, 't'),
    },
  ],
  invalid: [
    {
      name: 'a reader that rebuilds from the beginning',
      design: withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 't' },
            { kind: 'consumer-group', id: 'projector', requirements: { replayFromBeginning: true } },
          ],
          connections: [{ from: 't', to: 'projector' }],
        },
        't',
      ),
      findings: [{ target: 't', messageIncludes: 'replay it from the beginning' }],
      output: { nodes: { t: { config: { 'retention.ms': -1 } } } },
    },
    {
      name: 'a reader that must survive a longer outage than the topic keeps',
      design: withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 't', config: { 'retention.ms': 86400000 } },
            { kind: 'consumer-group', id: 'loader', requirements: { maxConsumerOutageHours: 72 } },
          ],
          connections: [{ from: 't', to: 'loader' }],
        },
        't',
      ),
      findings: [{ target: 't', messageIncludes: 'need 3 days' }],
      output: { nodes: { t: { config: { 'retention.ms': 259200000 } } } },
    },
    {
      name: 'a 3-day outage',
      design: withWriter({ requirements: { maxConsumerOutageHours: 72 }, nodes: [day] }, 't'),
      findings: [{ target: 't', messageIncludes: 'need 3 days (a consumer outage of up to 72 hours)' }],
      output: { nodes: { t: { config: { 'retention.ms': 259200000 } } } },
    },
    {
      name: 'a producer that declares a 14-day replay window',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', requirements: { retentionHours: 336 } },
          { kind: 'kafka-topic', id: 't' },
        ],
        connections: [{ from: 'api', to: 't' }],
      },
      findings: [{ target: 't', messageIncludes: 'a replay window of 336 hours' }],
      output: { nodes: { t: { config: { 'retention.ms': 1209600000 } } } },
    },
  ],
});
