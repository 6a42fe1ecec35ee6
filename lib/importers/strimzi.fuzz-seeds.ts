/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `strimzi` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'strimzi',
  seeds: [
    `apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata: { name: orders, labels: { strimzi.io/cluster: c } }
spec: { partitions: 3, replicas: 3, config: { retention.ms: 1000, cleanup.policy: compact } }
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata: { name: app, labels: { strimzi.io/cluster: c } }
spec:
  authorization:
    type: simple
    acls:
      - { resource: { type: topic, name: orders }, operations: [Read, Write] }
      - { resource: { type: group, name: app }, operations: [Read] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: x }
`,
  ],
};
