import { formatDesignErrors } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { reviewDesign, type Finding, type Severity } from '../lib/rules';
import { expandInputs } from './expand-inputs';
import { CliError, EXIT, readInput, type ExitCode, type Io } from './io';
import { choice, type ParsedCommandLine } from './options';
import type { LintedFile } from './linted-file';
import { toSarif } from './sarif';

/**
 * `queuewright lint <file|glob|->…`: every file is read and reviewed, even
 * after one fails, then one summary, and the worst exit code of them all (2
 * for a file that cannot be read, 1 for findings at or above --fail-on), so
 * `lint designs/*.yaml` in CI fails when any file does.
 */

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

async function lintOne(name: string, io: Io): Promise<LintedFile> {
  let input;
  try {
    input = await readInput(name, io);
  } catch (error) {
    if (error instanceof CliError) return { name, ok: false, problem: error.message };
    throw error;
  }
  // Connections to missing nodes are reported as findings rather than refusing the file.
  const result = readDesign(input.text, { allowGraphProblems: true });
  if (!result.ok) return { name: input.name, ok: false, problem: `${input.name} is not a readable design:\n${formatDesignErrors(result.errors)}` };
  const { findings, score } = reviewDesign(result.design);
  return { name: input.name, ok: true, design: result.design, text: input.text, notices: result.notices, findings, score };
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.accepted) out[f.severity]++;
  return out;
}

function countsText(c: Record<Severity, number>): string {
  return SEVERITY_ORDER.map((s) => `${c[s]} ${s}${s === 'info' || c[s] === 1 ? '' : 's'}`).join(', ');
}

export async function lint(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const format = choice(command.values.format, ['text', 'json', 'sarif'] as const, 'text', 'format');
  const failOn = choice(command.values['fail-on'], ['error', 'warning', 'info'] as const, 'error', 'fail-on');
  if (command.positionals.length === 0) throw new CliError('lint needs at least one design file (a path, a glob such as designs/*.yaml, or - for standard input).');
  const { files: names, unmatched } = expandInputs(command.positionals, io.cwd);
  const files: LintedFile[] = unmatched.map((pattern) => ({ name: pattern, ok: false, problem: `${pattern} matches no file.` }));
  for (const name of names) files.push(await lintOne(name, io));

  for (const f of files) if (!f.ok) io.stderr.write(`queuewright: ${f.problem}\n`);
  const linted = files.filter((f): f is Extract<LintedFile, { ok: true }> => f.ok);
  // Ignored keys go to standard error in every format, so JSON and SARIF on standard output stay as their readers expect.
  for (const f of linted) if (f.notices.length > 0) io.stderr.write(`queuewright: ${f.name}: keys the design does not know were ignored:\n${formatDesignErrors(f.notices)}\n`);
  const total = counts(linted.flatMap((f) => f.findings));
  const lowest = linted.reduce<(typeof linted)[number] | undefined>((low, f) => (!low || f.score.overall < low.score.overall ? f : low), undefined);
  const unreadable = files.length - linted.length;

  if (format === 'json') {
    const summary = { files: files.length, unreadable, ...total, lowestScore: lowest?.score.overall ?? null };
    const report = files.map((f) =>
      f.ok
        ? {
            file: f.name,
            notices: f.notices,
            score: { overall: f.score.overall, explanation: f.score.explanation, categories: f.score.categories },
            findings: f.findings.map(({ fix, ...rest }) => ({ ...rest, fixable: Boolean(fix) })),
          }
        : { file: f.name, error: f.problem },
    );
    io.stdout.write(`${JSON.stringify({ summary, files: report }, null, 2)}\n`);
  } else if (format === 'sarif') {
    io.stdout.write(`${JSON.stringify(toSarif(files), null, 2)}\n`);
  } else {
    for (const f of linted) {
      io.stdout.write(`${f.name}\n`);
      for (const finding of f.findings) {
        const where = finding.target.type === 'design' ? 'design' : finding.target.id;
        io.stdout.write(`  ${finding.severity.padEnd(7)} ${finding.ruleId}  ${where}: ${finding.message}${finding.accepted ? ` (accepted: ${finding.accepted.reason})` : ''}\n`);
      }
      io.stdout.write(`  Score ${f.score.overall}/100 · ${countsText(counts(f.findings))}\n  ${f.score.explanation}\n`);
    }
    if (files.length > 1) {
      const parts = [
        `${files.length} files`,
        ...(unreadable > 0 ? [`${unreadable} unreadable`] : []),
        ...(lowest ? [`lowest score ${lowest.score.overall}/100 (${lowest.name})`] : []),
        countsText(total),
      ];
      io.stdout.write(`\n${parts.join(' · ')}\n`);
    }
  }
  const threshold = RANK[failOn];
  const hasFindings = linted.some((f) => f.findings.some((finding) => !finding.accepted && RANK[finding.severity] <= threshold));
  return unreadable > 0 ? EXIT.usage : hasFindings ? EXIT.findings : EXIT.ok;
}
