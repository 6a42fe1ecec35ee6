import { docs as cloudeventsBinaryModeOnCompactedTopic } from './binary-mode-on-compacted-topic.docs';
import { docs as cloudeventsBinaryModeWithoutBinding } from './binary-mode-without-binding.docs';
import { docs as cloudeventsHeadersRoutingInStructuredMode } from './headers-routing-in-structured-mode.docs';
import { docs as cloudeventsTypeReverseDns } from './type-reverse-dns.docs';
import type { FamilyDocs } from '../rule-docs';

/** The cloudevents family's docs, one line per rule; the type requires every `cloudevents/` rule and allows no other. */
export const cloudeventsDocs: FamilyDocs<'cloudevents'> = {
  'cloudevents/binary-mode-on-compacted-topic': cloudeventsBinaryModeOnCompactedTopic,
  'cloudevents/binary-mode-without-binding': cloudeventsBinaryModeWithoutBinding,
  'cloudevents/headers-routing-in-structured-mode': cloudeventsHeadersRoutingInStructuredMode,
  'cloudevents/type-reverse-dns': cloudeventsTypeReverseDns,
};
