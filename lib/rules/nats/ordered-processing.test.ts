import { testRule } from '../rule-tester';
import { withWriter } from '../../design/build-design';
import { orderedProcessing } from './ordered-processing';

const stream = { kind: 'nats-stream', id: 's' };
const consume = [{ from: 's', to: 'svc' }];
const svc = (props: Record<string, unknown>) => ({ kind: 'consumer-group', id: 'svc', ...props });

testRule(orderedProcessing, {
  valid: [
    { name: 'one worker on a per-key flow (the defaults)', design: withWriter({ nodes: [stream, svc({})], connections: consume }, 's') },
    { name: 'many workers on an unordered flow', design: withWriter({ requirements: { ordering: 'none' }, nodes: [stream, svc({ instances: 4 })], connections: consume }, 's') },
    { name: 'many workers, one message in flight', design: withWriter({ nodes: [stream, svc({ instances: 4, nats: { max_ack_pending: 1 } })], connections: consume }, 's') },
    {
      name: 'strict order, one worker, AckNone (nothing is redelivered)',
      design: withWriter({ requirements: { ordering: 'strict' }, nodes: [stream, svc({ nats: { ack_policy: 'none' } })], connections: consume }, 's'),
    },
    {
      name: 'strict order, one worker, one message in flight',
      design: withWriter({ requirements: { ordering: 'strict' }, nodes: [stream, svc({ nats: { max_ack_pending: 1 } })], connections: consume }, 's'),
    },
  ],
  invalid: [
    {
      name: 'three instances on a per-key flow',
      design: withWriter({ nodes: [stream, svc({ instances: 3 })], connections: consume }, 's'),
      findings: [{ target: 'svc', messageIncludes: '3 workers and max_ack_pending=1000' }],
      output: { nodes: { svc: { nats: { max_ack_pending: 1 } } } },
    },
    {
      name: 'a deliver group',
      design: withWriter({ nodes: [stream, svc({ nats: { deliver_group: 'billing' } })], connections: consume }, 's'),
      findings: [{ target: 'svc', messageIncludes: 'with deliver group "billing" (load-balanced) and max_ack_pending=1000' }],
      output: { nodes: { svc: { nats: { max_ack_pending: 1, deliver_group: 'billing' } } } },
    },
    {
      name: 'strict order with one worker but many messages in flight',
      design: withWriter({ requirements: { ordering: 'strict' }, nodes: [stream, svc({})], connections: consume }, 's'),
      findings: [{ target: 'svc', messageIncludes: 'redelivered' }],
      output: { nodes: { svc: { nats: { max_ack_pending: 1 } } } },
    },
    {
      name: 'AckNone with two workers in a deliver group (no fix: max_ack_pending needs acks)',
      design: withWriter({ nodes: [stream, svc({ instances: 2, nats: { ack_policy: 'none', deliver_group: 'tail' } })], connections: consume }, 's'),
      findings: [{ target: 'svc', messageIncludes: 'with 2 workers in deliver group "tail" (load-balanced): messages' }],
    },
  ],
});
