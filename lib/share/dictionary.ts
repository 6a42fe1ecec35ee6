/**
 * The preset DEFLATE dictionary of v1 share links: field names, values and
 * name parts that designs are made of, in the compact form's JSON. Deflate
 * can refer back into it from the first byte, so even a small design's link
 * is short. Frozen: every v1 link ever shared was compressed against exactly
 * these bytes (a new dictionary needs a new link version). The most common
 * pieces come last, where references to them are cheapest.
 */
const PARTS = [
  '"messageSchema":{"format":"json-schema","version":"1","registry":true},"messageSchema":{"format":"protobuf","registry":true,"version":"1"},"messageSchema":{"name":"',
  '"format":"avro","registry":true,"version":"1","definition":"',
  '"config":{"cleanup.policy":"compact","retention.ms":-1,"min.insync.replicas":2,"retention.ms":259200000,"retention.ms":1209600000,"max.message.bytes":',
  '"acceptedRisks":[{"rule":"kafka/","reason":"',
  '"notes":"',
  '"q":{"throughput":',
  '"latencyMs":',
  '"ordering":"strict","ordering":"none","delivery":"exactly-once","delivery":"at-most-once","retentionHours":168,"criticality":"critical"},',
  '"vhost":"/","type":"direct","type":"headers","type":"topic","type":"classic","type":"stream","arguments":{"x-message-ttl":1000,"x-delivery-limit":5,"x-single-active-consumer":true,"x-max-length":',
  '"fifo":true,"contentBasedDeduplication":true,"highThroughputFifo":true,"filterPolicy":"{\\"',
  '"retry":{"maxRetries":3,"backoff":["1s","10s","60s"]},"commitAfterProcessing":false,"ackMode":"auto","prefetch":',
  '"concurrency":',
  '"processingMsP50":',
  '"processingMsP99":',
  '"publishRate":',
  '"messageSizeBytes":',
  '"keyStrategy":"none","keyStrategy":"random","transactional.id":"',
  '"linger.ms":5,"batch.size":65536,"compression.type":"lz4","compression.type":"zstd","isolation.level":"read_committed",',
  '"nats":{"ack_policy":"explicit","max_deliver":',
  '"storage":"memory","num_replicas":',
  '"duplicate_window":"2m"',
  '"subject":"',
  '"subjects":["',
  '"retention":"interest","retention":"workqueue","max_age":"7d"',
  '"maxReceiveCount":5,"queuePolicyAllowsTopic":true,"messageRetentionPeriod":1209600,"visibilityTimeout":',
  '"kafka":{"acks":"1"}',
  '"environment":"staging","environment":"development","nodes":',
  '"type":"fanout","routingKey":"',
  '"depthAlert":true,"idempotent":true,"lagAlert":true}],[7,"',
  '"replicationFactor":',
  '"partitions":12}],[1,"',
  '"role":"dead-letter","role":"retry"',
  'orders.payments.shipping.inventory.customers.invoices.notifications.accounts.events.commands.created.updated.deleted.placed.dlq.retry',
  '-service"],[0,"',
  '-api"],[0,"',
  '-worker',
  '-consumer',
  '-processor',
  '-projector"',
  '"n":"',
  '"c":[["kafka",null,null],["rabbitmq",null,null],["nats",null,null],["sqs-sns",null,null]],"N":[[0,"',
];

/** The dictionary bytes (UTF-8). */
export const SHARE_DICTIONARY_V1: Uint8Array = new TextEncoder().encode(PARTS.join(''));
