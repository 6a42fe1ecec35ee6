/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `design` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'design',
  seeds: [
    JSON.stringify({
      queuewright: 1,
      name: 'Seed',
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [
        { kind: 'producer', id: 'p', name: 'P' },
        { kind: 'kafka-topic', id: 't', name: 'orders', cluster: 'k' },
        { kind: 'consumer-group', id: 'c', name: 'C' },
      ],
      connections: [
        { id: 'p--t', kind: 'publish', from: 'p', to: 't' },
        { id: 't--c', kind: 'consume', from: 't', to: 'c' },
      ],
    }),
  ],
};
