/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `julie-ops` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'julie-ops',
  seeds: [
    `context: shop
source: web
projects:
  - name: orders
    consumers: [{ principal: "User:billing", group: billing }]
    producers: [{ principal: "User:api", transactionId: "api-tx-*" }]
    streams: [{ principal: "User:enricher", applicationId: enrich, topics: { read: [shop.web.orders.placed], write: [shop.web.orders.enriched] } }]
    topics:
      - { name: placed, dataType: avro, config: { num.partitions: "6", replication.factor: "3", retention.ms: "604800000" } }
      - { name: enriched, config: { num.partitions: "6", replication.factor: "3" }, consumers: [{ principal: "User:audit" }] }
`,
  ],
};
