import type { Design, DesignNotice } from '../lib/design';
import type { Finding, reviewDesign } from '../lib/rules';

/** One file's outcome of `queuewright lint`: reviewed, or why it could not be (shared by the text, JSON and SARIF writers). */
export type LintedFile =
  | { name: string; ok: true; design: Design; text: string; notices: DesignNotice[]; findings: Finding[]; score: ReturnType<typeof reviewDesign>['score'] }
  | { name: string; ok: false; problem: string };
