import { connectRules } from './connect';
import { coreRules } from './core';
import { eventsourcingRules } from './eventsourcing';
import { kafkaRules } from './kafka';
import { natsRules } from './nats';
import { rabbitmqRules } from './rabbitmq';
import type { Rule } from './rule';
import { snsRules } from './sns';
import { sqsRules } from './sqs';

/** Every rule, explicitly. A parity test proves each rule file is here, tested and documented. */
export const RULES: readonly Rule[] = [...kafkaRules, ...connectRules, ...rabbitmqRules, ...natsRules, ...sqsRules, ...snsRules, ...eventsourcingRules, ...coreRules];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
