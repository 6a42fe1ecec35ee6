import type { Rule } from '../rule';

export const natsRules: Rule[] = [];
