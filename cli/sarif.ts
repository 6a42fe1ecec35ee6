import { locatePath } from '../lib/design/safe-parse-text';
import type { Design } from '../lib/design';
import type { Finding, Rule, Severity } from '../lib/rules';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
export const RULE_DOCS_URL = 'https://queuewright.dev/rules/';

/** Findings as SARIF 2.1.0, so code-scanning tools show them on the design file's lines. */
export function toSarif(findings: readonly Finding[], rules: readonly Rule[], design: Design, text: string, uri: string) {
  const nodeIndex = new Map(design.nodes.map((n, i) => [n.id, i]));
  const connectionIndex = new Map(design.connections.map((c, i) => [c.id, i]));
  const used = new Set(findings.map((f) => f.ruleId));
  const driverRules = rules
    .filter((r) => used.has(r.meta.id))
    .map((r) => ({
      id: r.meta.id,
      shortDescription: { text: r.meta.docs.summary },
      fullDescription: { text: r.meta.docs.rationale },
      help: { text: r.meta.docs.howToFix },
      helpUri: `${RULE_DOCS_URL}${r.meta.id}`,
      defaultConfiguration: { level: LEVEL[r.meta.severity] },
      properties: { category: r.meta.category },
    }));
  const results = findings.map((f) => {
    const keys =
      f.target.type === 'node' ? ['nodes', nodeIndex.get(f.target.id) ?? -1] : f.target.type === 'connection' ? ['connections', connectionIndex.get(f.target.id) ?? -1] : [];
    const location = keys.length > 0 ? locatePath(text, keys) : undefined;
    return {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(f.accepted ? { suppressions: [{ kind: 'inSource', justification: f.accepted.reason }] } : {}),
      locations: [
        {
          physicalLocation: { artifactLocation: { uri }, region: { startLine: location?.line ?? 1, startColumn: location?.column ?? 1 } },
          ...('id' in f.target ? { logicalLocations: [{ name: f.target.id, kind: f.target.type }] } : {}),
        },
      ],
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'queuewright', informationUri: 'https://queuewright.dev', rules: driverRules } }, results }],
  };
}
