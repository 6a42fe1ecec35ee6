/**
 * What `npm audit --omit=dev --json` said, as CI reports it: the vulnerable
 * production packages and whether CI fails (high or critical ones). When the
 * registry's audit endpoint does not answer (offline, a mirror without it,
 * a proxy that refuses the POST), its own words are printed and CI goes on:
 * an unreachable registry is not a finding about our code.
 */

export interface AuditVerdict {
  /** Lines to print. */
  lines: string[];
  /** The exit code for CI: 1 only for high or critical vulnerabilities the registry reported. */
  exitCode: 0 | 1;
}

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const FAILING: readonly Severity[] = ['high', 'critical'];

interface AuditJson {
  vulnerabilities?: Record<string, { name?: string; severity?: Severity; range?: string; fixAvailable?: unknown; via?: unknown[] }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | 'total', number>> };
  message?: string;
  error?: { summary?: string; detail?: string; code?: string } | string;
}

function parse(stdout: string): AuditJson | undefined {
  try {
    const value = JSON.parse(stdout) as unknown;
    return value && typeof value === 'object' ? (value as AuditJson) : undefined;
  } catch {
    return undefined;
  }
}

function titleOf(via: unknown[] | undefined): string {
  const advisory = via?.find((v): v is { title: string; url?: string } => typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string');
  return advisory ? `${advisory.title}${advisory.url ? ` (${advisory.url})` : ''}` : `through ${via?.filter((v) => typeof v === 'string').join(', ') ?? 'a dependency'}`;
}

export function auditVerdict(stdout: string, stderr: string): AuditVerdict {
  const report = parse(stdout);
  const counts = report?.metadata?.vulnerabilities;
  if (!report || !counts || !report.vulnerabilities) {
    const said = [report?.message, typeof report?.error === 'string' ? report.error : report?.error?.summary, ...stderr.split('\n')]
      .filter((line): line is string => Boolean(line && line.trim()))
      .map((line) => `  ${line.trim()}`);
    return { lines: ['npm audit: the registry did not answer the audit, so production dependencies were not checked this time. It said:', ...(said.length > 0 ? said : ['  (nothing)'])], exitCode: 0 };
  }
  const entries = Object.values(report.vulnerabilities);
  const lines = [
    `npm audit --omit=dev: ${counts.total ?? entries.length} vulnerable production packages (${(['critical', 'high', 'moderate', 'low', 'info'] as const).map((s) => `${counts[s] ?? 0} ${s}`).join(', ')})`,
  ];
  for (const v of entries) lines.push(`  ${v.severity ?? '?'}: ${v.name ?? '?'} ${v.range ?? ''} — ${titleOf(v.via)}${v.fixAvailable ? ' (fix available)' : ''}`);
  const failing = FAILING.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (failing > 0) lines.push(`CI fails: ${failing} high or critical. Update the packages above (npm audit fix --omit=dev shows how).`);
  return { lines, exitCode: failing > 0 ? 1 : 0 };
}
