import type { TestDesignInput } from '../design/build-design';

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
