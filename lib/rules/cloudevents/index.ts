import type { Rule } from '../rule';
import { binaryModeOnCompactedTopic } from './binary-mode-on-compacted-topic';
import { binaryModeWithoutBinding } from './binary-mode-without-binding';
import { headersRoutingInStructuredMode } from './headers-routing-in-structured-mode';
import { typeReverseDns } from './type-reverse-dns';

export const cloudeventsRules = [
  // Content mode against the transport.
  binaryModeWithoutBinding,
  binaryModeOnCompactedTopic,
  headersRoutingInStructuredMode,
  // Attributes.
  typeReverseDns,
] as const satisfies readonly Rule[];
