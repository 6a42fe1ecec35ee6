import fc from 'fast-check';
import { hostileString } from '../arbitrary-primitives';
import { messageSchema, type KindArbitraries } from './shared';

/** The settings an Azure Service Bus queue and subscription share (they both hand messages to receivers). */
const servicebusReceiver = {
  lockDurationSeconds: fc.integer({ min: 5, max: 300 }),
  maxDeliveryCount: fc.integer({ min: 1, max: 2000 }),
  requiresSession: fc.boolean(),
  deadLetteringOnMessageExpiration: fc.boolean(),
  forwardTo: hostileString(260).filter((s) => s.length > 0),
};

/** Arbitrary settings of the Azure Service Bus kinds. */
export const SERVICEBUS_FIELDS: KindArbitraries<'servicebus-queue' | 'servicebus-topic' | 'servicebus-subscription'> = {
  'servicebus-queue': () =>
    fc.record(
      {
        ...servicebusReceiver,
        requiresDuplicateDetection: fc.boolean(),
        duplicateDetectionHistoryTimeWindowSeconds: fc.integer({ min: 20, max: 604_800 }),
        enablePartitioning: fc.boolean(),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'servicebus-subscription': () => {
    const rule = fc.record({ name: fc.constantFrom('eu', 'big', '$Default'), filterType: fc.constant('SqlFilter' as const), sqlExpression: hostileString(200).filter((s) => s.length > 0) });
    return fc.record({ ...servicebusReceiver, deadLetteringOnFilterEvaluationExceptions: fc.boolean(), rules: fc.array(rule, { maxLength: 2 }) }, { requiredKeys: [] });
  },
  'servicebus-topic': () =>
    fc.record(
      { requiresDuplicateDetection: fc.boolean(), enablePartitioning: fc.boolean(), defaultMessageTimeToLiveSeconds: fc.integer({ min: 1, max: 1_209_600 }), messageSchema },
      { requiredKeys: [] },
    ),
};
