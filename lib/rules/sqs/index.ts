import type { Rule } from '../rule';

export const sqsRules: Rule[] = [];
