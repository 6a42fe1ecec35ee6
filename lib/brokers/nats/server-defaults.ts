import type { NatsStreamNode } from '../../design';
import type { SettingSource } from '../source';

/** What a JetStream stream and consumer get from nats-server for what they leave unset. */

export interface NatsStreamDefaults {
  retention: NonNullable<NatsStreamNode['retention']>;
  storage: NonNullable<NatsStreamNode['storage']>;
  num_replicas: number;
  max_bytes: number;
  max_msgs: number;
  max_msg_size: number;
  discard: NonNullable<NatsStreamNode['discard']>;
  duplicate_window: string;
}

export interface NatsConsumerDefaults {
  ack_policy: 'explicit' | 'all' | 'none';
  ack_wait: string;
  max_deliver: number;
  max_ack_pending: number;
}

export const NATS_STREAM_DEFAULTS: { values: NatsStreamDefaults; source: SettingSource } = {
  values: {
    retention: 'limits',
    storage: 'file',
    num_replicas: 1,
    max_bytes: -1,
    max_msgs: -1,
    max_msg_size: -1,
    discard: 'old',
    duplicate_window: '2m',
  },
  source: { origin: 'broker', label: 'nats-server default', url: 'https://docs.nats.io/nats-concepts/jetstream/streams#configuration' },
};

export const NATS_CONSUMER_DEFAULTS: { values: NatsConsumerDefaults; source: SettingSource } = {
  values: { ack_policy: 'explicit', ack_wait: '30s', max_deliver: -1, max_ack_pending: 1000 },
  source: { origin: 'broker', label: 'nats-server default', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#configuration' },
};
