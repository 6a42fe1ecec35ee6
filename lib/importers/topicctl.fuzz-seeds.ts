/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `topicctl` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'topicctl',
  seeds: [
    `meta:
  name: c
  environment: prod
  region: r
spec:
  bootstrapAddrs: [localhost:9092]
---
meta: { name: t, cluster: c, environment: prod, region: r, consumers: [g] }
spec:
  partitions: 3
  replicationFactor: 2
  retentionMinutes: 10
  placement: { strategy: static, staticAssignments: [[1, 2], [2, 3], [3, 1]] }
  settings: { cleanup.policy: delete, min.insync.replicas: 2 }
`,
  ],
};
