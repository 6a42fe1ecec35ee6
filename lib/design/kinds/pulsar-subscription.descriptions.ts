import type { DescribedFields } from '../field-descriptions';
import { pulsarSubscription } from './pulsar-subscription';

/**
 * What the fields of pulsar-subscription.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const pulsarSubscriptionFieldDescriptions: DescribedFields = [
  [
    pulsarSubscription.schema,
    {
      subscriptionType: 'Exclusive and Failover: one active consumer, in order; Shared: round robin, no order; Key_Shared: in order per key (client default: Exclusive)',
      subscriptionInitialPosition: 'Where a new subscription starts (client default: Latest)',
      ackTimeoutMillis: 'Redelivers a message not acknowledged within this time; 0 = never (client default: 0)',
      negativeAckRedeliveryDelayMicros: 'Delay before a negatively acknowledged message is redelivered (client default: 60000000, one minute)',
      maxRedeliverCount: 'Dead letter policy: deliveries before a message goes to the dead letter topic (unset: no dead letter policy, redelivered forever)',
      retryEnable: 'reconsumeLater() sends to the retry letter topic {topic}-{subscription}-RETRY (client default: off)',
      depthAlert: 'Alerts on the subscription backlog',
    },
  ],
];
