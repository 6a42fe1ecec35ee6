import { artemisDocs } from './artemis/_docs';
import { cloudeventsDocs } from './cloudevents/_docs';
import { connectDocs } from './connect/_docs';
import { coreDocs } from './core/_docs';
import { eventsourcingDocs } from './eventsourcing/_docs';
import { kafkaDocs } from './kafka/_docs';
import { natsDocs } from './nats/_docs';
import { pubsubDocs } from './pubsub/_docs';
import { pulsarDocs } from './pulsar/_docs';
import { servicebusDocs } from './servicebus/_docs';
import { rabbitmqDocs } from './rabbitmq/_docs';
import { snsDocs } from './sns/_docs';
import { sqsDocs } from './sqs/_docs';
import type { RuleId } from './registry';
import type { RuleDocs } from './rule-docs';

/**
 * Every rule's rationale, how to fix, sources and examples, by rule id. The
 * rule pages, the RuleTester, the CLI's SARIF and the Markdown report read it;
 * the studio's own bundle never imports it (it would carry every rule's prose
 * and example designs into the first load), so keep it out of components/ and
 * of anything the studio loads up front. Each family's `<family>/_docs.ts` holds
 * its rules' docs (typed `FamilyDocs<family>`: all of the family and no more),
 * and this type requires an entry for every registered rule, so a family left
 * out here, or a rule left out of its family, does not compile.
 */
export const RULE_DOCS: { readonly [Id in RuleId]: RuleDocs } = {
  ...kafkaDocs,
  ...cloudeventsDocs,
  ...connectDocs,
  ...rabbitmqDocs,
  ...natsDocs,
  ...pubsubDocs,
  ...pulsarDocs,
  ...servicebusDocs,
  ...sqsDocs,
  ...snsDocs,
  ...artemisDocs,
  ...eventsourcingDocs,
  ...coreDocs,
};

/** The docs of a rule named by a plain string (a finding's rule id), or undefined for an unknown id. */
export function docsOf(id: string): RuleDocs | undefined {
  return Object.hasOwn(RULE_DOCS, id) ? RULE_DOCS[id as RuleId] : undefined;
}
