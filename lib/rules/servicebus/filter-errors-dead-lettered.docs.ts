import type { RuleDocs } from '../rule-docs';
import { SERVICEBUS_DOCS } from './_sources';

const design = (deadLetteringOnFilterEvaluationExceptions: boolean) => ({
  queuewright: 2,
  nodes: [
    { kind: 'producer', id: 'orders-api' },
    { kind: 'servicebus-topic', id: 'order-events' },
    { kind: 'servicebus-subscription', id: 'eu-orders', deadLetteringOnFilterEvaluationExceptions, rules: [{ name: 'eu', filterType: 'SqlFilter', sqlExpression: "region = 'eu' AND total > 100" }] },
    { kind: 'consumer-group', id: 'eu-fulfilment' },
  ],
  connections: [
    { from: 'orders-api', to: 'order-events' },
    { from: 'order-events', to: 'eu-orders' },
    { from: 'eu-orders', to: 'eu-fulfilment' },
  ],
});

/** The docs and examples of `servicebus/filter-errors-dead-lettered`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A subscription's SQL filters and actions are evaluated on each message the topic receives; an evaluation can fail (a comparison on a property of an unexpected type, an action that cannot be applied). With deadLetteringOnFilterEvaluationExceptions on, the default, such a message goes to the subscription's dead-letter queue; switched off, the subscription drops it and no one learns of it. Correlation filters match by equality and are left alone.",
  howToFix:
    'Keep dead-lettering on filter evaluation errors (ARM deadLetteringOnFilterEvaluationExceptions, Terraform dead_lettering_on_filter_evaluation_error = true) and watch the dead-letter queue, or replace the SQL rule with a correlation filter.',
  sources: [SERVICEBUS_DOCS.topicFilters, SERVICEBUS_DOCS.deadLetterQueues, SERVICEBUS_DOCS.armSubscription],
  examples: { failing: design(false), passing: design(true) },
};
