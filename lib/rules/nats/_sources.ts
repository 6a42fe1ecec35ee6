/** The NATS documentation pages the rules cite (catalog §9 keys in comments). */
export const NATS_SOURCES = {
  /** [NATS-JS] */
  jetstream: { label: 'NATS docs: JetStream', url: 'https://docs.nats.io/nats-concepts/jetstream' },
  /** [NATS-STREAMS] */
  streams: { label: 'NATS docs: JetStream streams', url: 'https://docs.nats.io/nats-concepts/jetstream/streams' },
  /** [NATS-CONS] */
  consumers: { label: 'NATS docs: JetStream consumers', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers' },
  /** [NATS-DEEP] */
  deepDive: { label: 'NATS docs: JetStream model deep dive', url: 'https://docs.nats.io/using-nats/jetstream/model_deep_dive' },
  /** [NATS-CLUSTER] */
  clustering: {
    label: 'NATS docs: JetStream clustering',
    url: 'https://docs.nats.io/running-a-nats-service/configuration/clustering/jetstream_clustering',
  },
  /** [NATS-DEV-CONS] */
  devConsumers: { label: 'NATS docs: consumers (developing with NATS)', url: 'https://docs.nats.io/using-nats/developing-with-nats/js/consumers' },
  /** [NATS-CONF] */
  config: { label: 'NATS docs: server configuration (max_payload)', url: 'https://docs.nats.io/running-a-nats-service/configuration' },
  /** [NATS-SRV] */
  serverConsumer: { label: 'nats-server source: server/consumer.go', url: 'https://github.com/nats-io/nats-server/blob/main/server/consumer.go' },
} as const;
