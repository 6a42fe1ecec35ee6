import type { Rule } from '../rule';

export const rabbitmqRules: Rule[] = [];
