import { testRule } from '../rule-tester';
import { msgSizeLeMaxPayload } from './msg-size-le-max-payload';

const publish = [{ from: 'api', to: 's' }];
const cluster = (max_payload: number | string) => [{ id: 'n', name: 'n', broker: 'nats', config: { max_payload } }];

testRule(msgSizeLeMaxPayload, {
  valid: [
    {
      name: 'small messages',
      design: {
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 's' },
        ],
        connections: publish,
      },
    },
    {
      name: '5 MB messages on a server with max_payload 8MB',
      design: {
        clusters: cluster('8MB'),
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 5_000_000 },
          { kind: 'nats-stream', id: 's', cluster: 'n' },
        ],
        connections: publish,
      },
    },
    {
      name: 'max_msg_size under max_payload',
      design: { nodes: [{ kind: 'nats-stream', id: 's', max_msg_size: 65536 }] },
    },
  ],
  invalid: [
    {
      name: 'a declared 2 MiB maximum on the default max_payload',
      design: {
        requirements: { maxMessageBytes: 2 * 1024 * 1024 },
        nodes: [
          { kind: 'producer', id: 'api' },
          { kind: 'nats-stream', id: 's' },
        ],
        connections: publish,
      },
      findings: [{ target: 's', messageIncludes: 'up to 2 MiB but the server max_payload is 1 MiB' }],
    },
    {
      name: 'max_msg_size above a numeric max_payload',
      design: { clusters: cluster(524288), nodes: [{ kind: 'nats-stream', id: 's', cluster: 'n', max_msg_size: 1048576 }] },
      findings: [{ target: 's', messageIncludes: 'allows messages of 1 MiB (max_msg_size) but the server max_payload is 512 KiB' }],
    },
    {
      name: 'producer messages over the stream max_msg_size',
      design: {
        nodes: [
          { kind: 'producer', id: 'api', messageSizeBytes: 4096 },
          { kind: 'nats-stream', id: 's', max_msg_size: 1024 },
        ],
        connections: publish,
      },
      findings: [{ target: 's', messageIncludes: 'its max_msg_size is 1 KiB' }],
    },
  ],
});
