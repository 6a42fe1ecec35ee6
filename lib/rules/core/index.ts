import type { Rule } from '../rule';
import { consumerWithoutSource } from './consumer-without-source';
import { danglingConnection } from './dangling-connection';
import { deadLetterCycle } from './dead-letter-cycle';
import { dlqDurabilityGeSource } from './dlq-durability-ge-source';
import { dlqMonitored } from './dlq-monitored';
import { invalidConnection } from './invalid-connection';
import { producerWithoutTarget } from './producer-without-target';
import { unconsumedChannel } from './unconsumed-channel';

export const coreRules: Rule[] = [
  // Graph hygiene.
  danglingConnection,
  invalidConnection,
  producerWithoutTarget,
  consumerWithoutSource,
  unconsumedChannel,
  // Dead letters.
  deadLetterCycle,
  dlqMonitored,
  dlqDurabilityGeSource,
];
