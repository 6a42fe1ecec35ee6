/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `nats-jetstream` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'nats-jetstream',
  seeds: [
    JSON.stringify({
      name: 'ORDERS',
      subjects: ['orders.>'],
      retention: 'workqueue',
      storage: 'file',
      num_replicas: 3,
      max_age: 604800000000000,
      duplicate_window: 120000000000,
      max_bytes: -1,
      max_msgs: -1,
      max_msg_size: -1,
      discard: 'old',
    }),
    JSON.stringify({
      stream_name: 'ORDERS',
      name: 'worker',
      config: { durable_name: 'worker', ack_policy: 'explicit', ack_wait: 30000000000, max_deliver: 5, backoff: [1000000000, 5000000000], filter_subject: 'orders.new', deliver_policy: 'all' },
    }),
  ],
};
