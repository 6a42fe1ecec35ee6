/** Read-only imports from live brokers (Kafka admin protocol, RabbitMQ management API), for the studio's route and the CLI. */
export { importLive, liveImportRequestSchema, requestProblems, DEFAULT_LIVE_BUDGET_BYTES, type LiveImportLimits, type LiveImportRequest, type LiveImportResult } from './import-live';
export { ConnectionGuard, type GuardOptions } from './connection-guard';
export { EndpointAllowList } from './endpoint-allow-list';
export { HostAllowList } from './host-allow-list';
export { serverConnectionPolicy, type ServerConnectionPolicy } from './server-policy';
export { AttemptLimiter } from './attempt-limiter';
export { admitAttempt, clientOf, foreignRequest } from './server-request-gate';
export { formatHostPort, parseHostPort, type HostPort } from './host-port';
export { kafkaConnectionSchema, DEFAULT_LIVE_TIMEOUT_MS, MAX_LIVE_TIMEOUT_MS, type KafkaConnection, type KafkaConnectionInput } from './kafka-connection';
export { readKafkaCluster, type LiveKafkaSnapshot, type LiveKafkaTopic, type LiveKafkaGroup } from './kafka-reader';
export { kafkaErrorToLive } from './kafka-errors';
export { kafkaSnapshotToDesign } from './kafka-snapshot-design';
export { LiveImportError, LIVE_ERROR_STATUS, redact, withDeadline, type LiveErrorCode } from './live-error';
export { rabbitmqConnectionSchema, managementTarget, type RabbitmqConnection, type RabbitmqConnectionInput } from './rabbitmq-connection';
export { readRabbitmq, rabbitmqErrorToLive, type LiveRabbitmqSnapshot } from './rabbitmq-reader';
// NATS JetStream and SQS/SNS: the readers (nats-reader.ts, sqs-sns-reader.ts) are imported from their own files, so
// that importing this index does not load the NATS client or the AWS SDK; their pure snapshot → design steps are here.
export { natsConnectionSchema, natsTarget, type NatsConnection, type NatsConnectionInput } from './nats-connection';
export { natsSnapshotToDesign, type LiveNatsSnapshot } from './nats-snapshot-design';
export type { LiveNatsRead } from './nats-reader';
export { sqsSnsConnectionSchema, awsEndpoints, type SqsSnsConnection, type SqsSnsConnectionInput } from './sqs-sns-connection';
export { sqsSnsSnapshotToDesign, type LiveSqsSnsSnapshot, type LiveSqsQueue, type LiveSnsTopic, type LiveSnsSubscription } from './sqs-sns-snapshot-design';
export type { LiveSqsSnsRead } from './sqs-sns-reader';
