import type { TestDesignInput } from '../design/build-design';
import type { RuleId } from './registry';

/**
 * What a rule's page shows and its tests run, beyond the summary in its meta:
 * the prose and the examples. It lives in `<rule>.docs.ts` beside the rule,
 * so the engine the studio loads carries none of it.
 */
export interface RuleDocs {
  /** Why it matters: the failure mode, in the sources' terms. */
  rationale: string;
  howToFix: string;
  /** Primary sources: documentation pages, source files, KIPs. */
  sources: ReadonlyArray<{ label: string; url: string }>;
  /** Shown on the rule's page and checked by its tests: the rule reports on `failing` and not on `passing`. */
  examples: { failing: TestDesignInput; passing: TestDesignInput };
}

/**
 * One family's docs, keyed by its rule ids (`<family>/<rule>`): a family's
 * `_docs.ts` of this type must hold every rule of that family and no other, so
 * the registry that joins the families still proves every rule is documented.
 */
export type FamilyDocs<Family extends string> = { readonly [Id in Extract<RuleId, `${Family}/${string}`>]: RuleDocs };
