import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../lib/importers';
import { requireSharedDir, sharedPath } from '../lib/testing/shared-dir';
import { main } from './main';

/**
 * The notes `queuewright import` prints: a note about the whole file has no
 * path, and is printed as `note: <message>`, not `note: : <message>`.
 */

requireSharedDir('CLI import notes');

describe('queuewright import notes', () => {
  it('prints a note about the whole file without an empty path', async () => {
    const file = sharedPath('corpus/topicctl/segmentio__topicctl__topic-default.yaml');
    const imported = importText(readFileSync(file, 'utf8'), file);
    if (!imported.ok) throw new Error('the corpus file no longer imports');
    const wholeFile = imported.report.filter((n) => n.path === '');
    expect(wholeFile.length).toBeGreaterThan(0);
    let stderr = '';
    const code = await main(['import', file], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, cwd: process.cwd() });
    expect(code).toBe(0);
    for (const note of wholeFile) expect(stderr).toContain(`note: ${note.message}\n`);
    expect(stderr).toMatch(/^note: meta\.cluster: /m);
    expect(stderr).not.toMatch(/note: :/);
  });
});
