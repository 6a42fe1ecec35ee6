import type { Rule } from '../rule';

export const coreRules: Rule[] = [];
