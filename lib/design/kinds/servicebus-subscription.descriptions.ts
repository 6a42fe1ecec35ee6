import type { DescribedFields } from '../field-descriptions';
import { correlationFilterSchema, servicebusRuleSchema, servicebusSubscription } from './servicebus-subscription';

/**
 * What the fields of servicebus-subscription.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const servicebusSubscriptionFieldDescriptions: DescribedFields = [
  [
    correlationFilterSchema,
    {
      label: 'Subject (label) to match',
      properties: 'Application properties to match, by name',
    },
  ],
  [
    servicebusRuleSchema,
    {
      filterType: 'SQL expression over message properties, or exact property matches',
      sqlExpression: "SqlFilter: e.g. region = 'eu' AND total > 100; '1=0' matches nothing",
      correlationFilter: 'CorrelationFilter: every set field must be equal',
      action: "SQL action run on matching messages, e.g. SET sys.label = 'eu'",
    },
  ],
  [
    servicebusSubscription.schema,
    {
      defaultMessageTimeToLiveSeconds: 'Seconds a message lives here unless it sets its own TTL (unset: the topic’s)',
      deadLetteringOnFilterEvaluationExceptions: 'Dead-letters a message whose rule evaluation fails instead of dropping it (default true)',
      rules: 'Filter rules; a message is copied once if any rule matches (unset: $Default, every message)',
      depthAlert: 'An alert fires on active or dead-lettered message count',
    },
  ],
];
