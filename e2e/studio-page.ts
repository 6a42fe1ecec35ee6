import { expect, type Locator, type Page } from '@playwright/test';
import { designFromData } from '../lib/design';

export const AUTOSAVE_KEY = 'queuewright.autosave.v1';

/** What a user does in the studio, in their words. Specs read as user stories on top of it. */
export class StudioPage {
  constructor(readonly page: Page) {}

  /** Opens the studio on a clean browser profile (no autosave), or with `design` autosaved. */
  async open(design?: unknown) {
    await this.page.goto('/');
    await this.page.evaluate(
      ([key, value]) => {
        localStorage.clear();
        if (value) localStorage.setItem(key, value);
      },
      [AUTOSAVE_KEY, design === undefined ? '' : typeof design === 'string' ? design : JSON.stringify(design)] as const,
    );
    await this.page.reload();
    await expect(this.page.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
  }

  get canvas(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  paletteItem(kind: string): Locator {
    return this.page.getByTestId(`palette.item.${kind}`);
  }

  /** Drags a palette item onto the canvas at a point relative to the canvas' top-left corner. */
  async dragToCanvas(kind: string, x: number, y: number) {
    await this.paletteItem(kind).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  /** Drags from the source handle of `from` to the body of `to`. */
  async connect(from: string, to: string) {
    const source = this.page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`);
    const target = this.page.locator(`.react-flow__node[data-id="${to}"]`);
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + 40, a.y + 10, { steps: 4 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    return {
      release: async () => {
        await this.page.mouse.up();
      },
    };
  }

  edge(from: string, to: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id^="${from}--${to}"]`);
  }

  /** Selects a connection the way a keyboard user does: focus the edge, press Enter. */
  async selectEdge(from: string, to: string) {
    await this.edge(from, to).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.locator('[data-testid^="inspector.connection."]')).toContainText('→');
  }

  async select(id: string) {
    await this.node(id).click();
    await expect(this.page.getByTestId(`inspector.node.${id}`)).toBeVisible();
  }

  field(path: string): Locator {
    return this.page.getByTestId(`inspector.field.${path}`);
  }

  /** The design as the studio autosaved it. */
  async savedDesign(): Promise<{ nodes: Array<Record<string, unknown>>; connections: Array<Record<string, unknown>>; [k: string]: unknown }> {
    await expect(this.page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saving');
    return readSaved(await this.page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY));
  }

  /** The overall score, once it is the score of the design as it is now (the review runs a moment after a change). */
  async score(): Promise<number> {
    await expect(this.page.getByTestId('score')).toHaveAttribute('data-current', 'true');
    return Number(await this.page.getByTestId('score.overall').textContent());
  }

  /** Opens a file through the Open button's file picker. */
  async openFile(name: string, content: string | Buffer, mimeType = 'application/json') {
    await this.page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
  }
}

/**
 * A design as the studio saved it (autosave or file), read the way the studio
 * reads it: the studio writes compactly, leaving defaults out, so a spec sees
 * every field only after the same restore step.
 */
export function readSaved(text: string | null): { nodes: Array<Record<string, unknown>>; connections: Array<Record<string, unknown>>; [k: string]: unknown } {
  if (text === null) throw new Error('Nothing is saved.');
  const result = designFromData(JSON.parse(text));
  if (!result.ok) throw new Error(`The saved design cannot be read: ${result.errors[0].message}`);
  return result.design as unknown as ReturnType<typeof readSaved>;
}
