/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `rabbitmq-definitions` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'rabbitmq-definitions',
  seeds: [
    JSON.stringify({
      rabbit_version: '3.13.0',
      vhosts: [{ name: '/' }],
      policies: [{ vhost: '/', name: 'p', pattern: '^q', 'apply-to': 'queues', priority: 1, definition: { 'max-length': 10, 'dead-letter-exchange': 'dlx' } }],
      exchanges: [
        { name: 'ex', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: { 'alternate-exchange': 'dlx' } },
        { name: 'dlx', vhost: '/', type: 'fanout', durable: true, auto_delete: false, internal: false, arguments: {} },
      ],
      queues: [
        { name: 'q', vhost: '/', durable: true, auto_delete: false, arguments: { 'x-queue-type': 'quorum', 'x-dead-letter-exchange': 'dlx', 'x-delivery-limit': 5 } },
        { name: 'dlq', vhost: '/', durable: true, auto_delete: false, arguments: {} },
      ],
      bindings: [
        { source: 'ex', vhost: '/', destination: 'q', destination_type: 'queue', routing_key: 'a.#', arguments: {} },
        { source: 'dlx', vhost: '/', destination: 'dlq', destination_type: 'queue', routing_key: '', arguments: {} },
        { source: 'amq.direct', vhost: '/', destination: 'ex', destination_type: 'exchange', routing_key: 'x', arguments: {} },
      ],
    }),
  ],
};
