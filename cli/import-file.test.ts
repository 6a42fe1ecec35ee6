import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../lib/families';
import { requireSharedDir, sharedPath } from '../lib/testing/shared-dir';
import { main } from './main';

/**
 * What `queuewright import` says and takes besides the file: a note about the
 * whole file has no path, and is printed as `note: <message>`, not
 * `note: : <message>`; `--vhost` names the vhost of a RabbitMQ per-vhost
 * export; several files are imported together (a JulieOps descriptor with
 * its plans file).
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

describe('queuewright import --vhost', () => {
  it("puts a RabbitMQ per-vhost export's items in the vhost it names", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-cli-vhost-'));
    const file = path.join(dir, 'export.json');
    writeFileSync(file, JSON.stringify({ rabbit_version: '3.10.8', queues: [{ name: 'orders', durable: true, auto_delete: false, arguments: {} }], exchanges: [], bindings: [] }));
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir };
    expect(await main(['import', file, '--vhost', 'shop', '--out', 'design.json'], io)).toBe(0);
    const design = JSON.parse(readFileSync(path.join(dir, 'design.json'), 'utf8')) as { nodes: Array<{ name: string; vhost?: string }> };
    expect(design.nodes.map((n) => [n.name, n.vhost])).toEqual([['orders', 'shop']]);
    expect(stderr).toMatch(/note: This is a per-vhost export .* vhost "shop", as --vhost says/);
    rmSync(dir, { recursive: true, force: true });
    expect(stdout).toBe('');
  });
});

describe('queuewright import of JulieOps files', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd: process.cwd() } };
  };

  it('recognises a descriptor by itself', async () => {
    const { out, io: cli } = io();
    expect(await main(['import', sharedPath('corpus/julie/kafka-ops__julie__descriptor.json')], cli)).toBe(0);
    expect(out.stdout).toMatch(/kind: kafka-topic/);
  });

  it('imports a descriptor that uses plans together with its plans file, and refuses it alone in JulieOps words', async () => {
    const descriptor = sharedPath('corpus/julie/kafka-ops__julie__descriptor-with-plans.yaml');
    const alone = io();
    expect(await main(['import', descriptor], alone.io)).toBe(2);
    expect(alone.out.stderr).toMatch(/A plan definition is required if the topology uses them/);
    const together = io();
    expect(await main(['import', descriptor, sharedPath('corpus/julie/kafka-ops__julie__plans.yaml')], together.io)).toBe(0);
    expect(together.out.stdout).toMatch(/kind: kafka-topic/);
  });
});
