import { locatePath } from '../lib/design/safe-parse-text';
import { RULES, type Severity } from '../lib/rules';
import { RULE_DOCS } from '../lib/rules/docs-registry';
import type { LintedFile } from './linted-file';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const RULE_DOCS_URL = 'https://queuewright.dev/rules/';

type Linted = Extract<LintedFile, { ok: true }>;

/** One file's findings as SARIF results, each on the line of its node or connection. */
function results(file: Linted) {
  const nodeIndex = new Map(file.design.nodes.map((n, i) => [n.id, i]));
  const connectionIndex = new Map(file.design.connections.map((c, i) => [c.id, i]));
  return file.findings.map((f) => {
    const keys = f.target.type === 'node' ? ['nodes', nodeIndex.get(f.target.id) ?? -1] : f.target.type === 'connection' ? ['connections', connectionIndex.get(f.target.id) ?? -1] : [];
    const location = keys.length > 0 ? locatePath(file.text, keys) : undefined;
    return {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(f.accepted ? { suppressions: [{ kind: 'inSource', justification: f.accepted.reason }] } : {}),
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: file.name }, region: { startLine: location?.line ?? 1, startColumn: location?.column ?? 1 } },
          ...('id' in f.target ? { logicalLocations: [{ name: f.target.id, kind: f.target.type }] } : {}),
        },
      ],
    };
  });
}

/**
 * The lint of every file as one SARIF 2.1.0 run, so code-scanning tools show
 * each finding on its file's line; a file that could not be read is a tool
 * notification and marks the run as not fully successful.
 */
export function toSarif(files: readonly LintedFile[]) {
  const linted = files.filter((f): f is Linted => f.ok);
  const unreadable = files.filter((f) => !f.ok);
  const used = new Set(linted.flatMap((f) => f.findings.map((finding) => finding.ruleId)));
  const driverRules = RULES.filter((r) => used.has(r.meta.id)).map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.summary },
    fullDescription: { text: RULE_DOCS[r.meta.id].rationale },
    help: { text: RULE_DOCS[r.meta.id].howToFix },
    helpUri: `${RULE_DOCS_URL}${r.meta.id}`,
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category },
  }));
  const notifications = unreadable.map((f) => ({
    level: 'error',
    message: { text: f.ok ? '' : f.problem },
    locations: [{ physicalLocation: { artifactLocation: { uri: f.name } } }],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'queuewright', informationUri: 'https://queuewright.dev', rules: driverRules } },
        invocations: [{ executionSuccessful: unreadable.length === 0, toolExecutionNotifications: notifications }],
        results: linted.flatMap(results),
      },
    ],
  };
}
