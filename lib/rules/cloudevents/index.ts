import type { Rule } from '../rule';
import { binaryModeOnCompactedTopic } from './binary-mode-on-compacted-topic';
import { binaryModeWithoutBinding } from './binary-mode-without-binding';
import { typeReverseDns } from './type-reverse-dns';

export const cloudeventsRules = [
  // Content mode against the transport.
  binaryModeWithoutBinding,
  binaryModeOnCompactedTopic,
  // Attributes.
  typeReverseDns,
] as const satisfies readonly Rule[];
