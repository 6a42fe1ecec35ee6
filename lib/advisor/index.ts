/** The requirements wizard's advisor: ranks brokers for a messaging request and generates a starting topology. */
export { ADVISOR_BROKERS, BROKER_PROFILES, type AdvisorBroker, type BrokerProfile } from './broker-profiles';
export { drawableBroker, generateStartingDesign } from './generate-design';
export { domainOf, eventNames, serviceNames } from './names';
export { ASPECTS, neededThroughput, rankBrokers, type Aspect, type BrokerRanking, type Reason } from './rank-brokers';
export { messagingRequest, messagingRequestSchema, type MessagingRequest, type MessagingRequestInput } from './request';
export { partitionsFor } from './sizing';
