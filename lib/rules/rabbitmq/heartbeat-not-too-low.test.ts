import { testRule } from '../rule-tester';
import { heartbeatNotTooLow } from './heartbeat-not-too-low';

const cluster = (config: Record<string, unknown>) => ({ id: 'rabbit', name: 'Rabbit', broker: 'rabbitmq', config });

testRule(heartbeatNotTooLow, {
  valid: [
    { name: 'default heartbeat (unset)', design: { clusters: [cluster({})] } },
    { name: 'heartbeat 10 s', design: { clusters: [cluster({ heartbeat: 10 })] } },
    { name: 'a Kafka cluster with a heartbeat setting', design: { clusters: [{ id: 'k', name: 'k', broker: 'kafka', config: { heartbeat: 1 } }] } },
  ],
  invalid: [
    {
      name: 'heartbeat 2 s',
      design: { clusters: [cluster({ heartbeat: 2 })] },
      findings: [{ messageIncludes: 'heartbeat = 2 s' }],
      output: { design: { clusters: [{ id: 'rabbit', config: { heartbeat: 60 } }] } },
    },
    {
      name: 'heartbeats disabled',
      design: { clusters: [cluster({ heartbeat: 0 })] },
      findings: [{ messageIncludes: 'disables heartbeats' }],
      output: { design: { clusters: [{ id: 'rabbit', config: { heartbeat: 60 } }] } },
    },
  ],
});
