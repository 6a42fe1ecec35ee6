import type { Rule } from '../rule';
import { acksAllForAtLeastOnce } from './acks-all-for-at-least-once';

export const kafkaRules: Rule[] = [acksAllForAtLeastOnce];
