import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeDesignJson } from '@/lib/design';
import { importText } from '@/lib/families/importers';
import { realisticDesign } from '@/bench/realistic-design';
import { IMPORT_IN_WORKER_ABOVE_CHARS, type ImportRequest } from './import-in-worker';
import { readDesignFile } from './read-design-file';

/**
 * A stand-in for the browser's Worker that runs the real import.worker.ts in this process: messages
 * cross as structured clones both ways, as they do between the page and a worker, and each
 * construction is counted so a test can tell where the import ran.
 */
function stubWorker(): { started: string[] } {
  const started: string[] = [];
  class InProcessWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    constructor(url: string) {
      started.push(url);
    }
    async postMessage(data: ImportRequest) {
      const scope: { onmessage?: (event: { data: unknown }) => void; postMessage(answer: unknown): void } = {
        postMessage: (answer) => setTimeout(() => this.onmessage?.({ data: structuredClone(answer) })),
      };
      vi.stubGlobal('self', scope);
      vi.resetModules();
      await import('./import.worker');
      scope.onmessage?.({ data: structuredClone(data) });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', InProcessWorker);
  return { started };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening a large file', () => {
  const design = realisticDesign(600);
  const text = writeDesignJson(design);
  const file = new File([text], 'large.queuewright.json', { type: 'application/json' });

  it('is a file past the worker threshold (else these tests prove nothing)', () => {
    expect(text.length).toBeGreaterThan(IMPORT_IN_WORKER_ABOVE_CHARS);
  });

  it('imports in the worker, and the page gets the same design it would have read itself', async () => {
    const { started } = stubWorker();
    const opened = await readDesignFile(file);
    expect(started).toEqual(['/workers/import.js']);
    const inPlace = importText(text, 'large.queuewright.json');
    expect(opened).toEqual(inPlace);
    expect(opened.ok && opened.design.nodes.length).toBe(design.nodes.length);
  });

  it('says what is wrong with a broken large file, through the worker, as in place', async () => {
    const { started } = stubWorker();
    const broken = text.slice(0, -10);
    const opened = await readDesignFile(new File([broken], 'large.queuewright.json'));
    expect(started).toHaveLength(1);
    expect(opened.ok).toBe(false);
    expect(opened).toEqual(importText(broken, 'large.queuewright.json'));
  });

  it('imports in place where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const opened = await readDesignFile(file);
    expect(opened.ok && opened.design.nodes.length).toBe(design.nodes.length);
  });
});

describe('opening a small file', () => {
  it('imports in place, without starting a worker', async () => {
    const { started } = stubWorker();
    const small = writeDesignJson(realisticDesign(5));
    const opened = await readDesignFile(new File([small], 'small.queuewright.json'));
    expect(started).toEqual([]);
    expect(opened.ok).toBe(true);
  });
});
