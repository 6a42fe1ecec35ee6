import { artemisRules } from './artemis';
import { cloudeventsRules } from './cloudevents';
import { connectRules } from './connect';
import { coreRules } from './core';
import { eventsourcingRules } from './eventsourcing';
import { kafkaRules } from './kafka';
import { natsRules } from './nats';
import { rabbitmqRules } from './rabbitmq';
import { pubsubRules } from './pubsub';
import { pulsarRules } from './pulsar';
import { servicebusRules } from './servicebus';
import type { Rule } from './rule';
import { snsRules } from './sns';
import { sqsRules } from './sqs';

const ALL_RULES = [
  ...kafkaRules,
  ...connectRules,
  ...rabbitmqRules,
  ...natsRules,
  ...sqsRules,
  ...snsRules,
  ...pubsubRules,
  ...pulsarRules,
  ...servicebusRules,
  ...artemisRules,
  ...eventsourcingRules,
  ...cloudeventsRules,
  ...coreRules,
];

/** Every rule's id, as a type: the docs registry must hold docs for each, or it does not compile. */
export type RuleId = (typeof ALL_RULES)[number]['meta']['id'];

/** Every rule, explicitly. A parity test proves each rule file is here, tested and documented. */
export const RULES: readonly Rule<RuleId>[] = ALL_RULES;

export const RULE_BY_ID: ReadonlyMap<string, Rule<RuleId>> = new Map(RULES.map((r) => [r.meta.id, r]));
