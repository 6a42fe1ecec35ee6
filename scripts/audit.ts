import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-report';

/** CI's dependency audit: `npm audit --omit=dev`, reported by audit-report.ts (fails on high or critical; a silent registry does not fail CI). */
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const verdict = auditVerdict(result.stdout ?? '', `${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`);
for (const line of verdict.lines) console.log(line);
process.exitCode = verdict.exitCode;
