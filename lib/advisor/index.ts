/** The requirements wizard's advisor: ranks brokers for a messaging request and generates a starting topology. The brokers it knows are listed by lib/families (advisor.ts). */
export { SQS_FIFO_MAX_THROUGHPUT, type BrokerProfile } from './broker-profiles';
export { startingDesign, type StartingDesignGenerator } from './generate-design';
export { domainOf, eventNames, serviceNames } from './names';
export { ASPECTS, neededThroughput, rankBrokers, type Aspect, type BrokerRanking, type Reason } from './rank-brokers';
export { messagingRequest, messagingRequestSchema, type MessagingRequest, type MessagingRequestInput } from './request';
export { partitionsFor } from './sizing';
