import { testRule } from '../rule-tester';
import { streamSegmentArgsAtDeclare } from './stream-segment-args-at-declare';

testRule(streamSegmentArgsAtDeclare, {
  valid: [
    { name: 'retention policy only', design: { nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream', policy: { 'max-age': '7D' } }] } },
    { name: 'a quorum queue with the key (meaningless, not a stream)', design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { 'stream-filter-size-bytes': 32 } }] } },
  ],
  invalid: [
    {
      name: 'segment size by policy',
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 's', type: 'stream', policy: { 'max-age': '7D', 'stream-max-segment-size-bytes': 1000, 'stream-filter-size-bytes': 32 } }] },
      findings: [{ target: 's', messageIncludes: 'stream-max-segment-size-bytes, stream-filter-size-bytes' }],
    },
  ],
});
