import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-report';

describe('auditVerdict', () => {
  it('passes CI and says so when the registry does not answer, printing what it said', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    const verdict = auditVerdict(refused, 'npm warn audit 405 Method Not Allowed\nnpm error audit endpoint returned an error\n');
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines.join('\n')).toContain('405 Method Not Allowed');
    expect(verdict.lines.join('\n')).toContain('audit endpoint returned an error');
    expect(auditVerdict('', 'spawnSync npm ETIMEDOUT').lines.join('\n')).toContain('ETIMEDOUT');
  });

  it('reports vulnerable production packages and fails on high or critical ones', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        next: { name: 'next', severity: 'high', range: '<16.4.7', fixAvailable: true, via: [{ title: 'Cache poisoning', url: 'https://github.com/advisories/GHSA-x' }] },
        postcss: { name: 'postcss', severity: 'moderate', range: '<8.4.31', fixAvailable: false, via: ['nanoid'] },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 } },
    };
    const verdict = auditVerdict(JSON.stringify(report), '');
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toBe('npm audit --omit=dev: 2 vulnerable production packages (0 critical, 1 high, 1 moderate, 0 low, 0 info)');
    expect(verdict.lines).toContain('  high: next <16.4.7 — Cache poisoning (https://github.com/advisories/GHSA-x) (fix available)');
    const moderateOnly = { ...report, vulnerabilities: { postcss: report.vulnerabilities.postcss }, metadata: { vulnerabilities: { moderate: 1, total: 1 } } };
    expect(auditVerdict(JSON.stringify(moderateOnly), '').exitCode).toBe(0);
  });

  it('a clean audit passes', () => {
    expect(auditVerdict(JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { total: 0 } } }), '')).toEqual({
      lines: ['npm audit --omit=dev: 0 vulnerable production packages (0 critical, 0 high, 0 moderate, 0 low, 0 info)'],
      exitCode: 0,
    });
  });
});
