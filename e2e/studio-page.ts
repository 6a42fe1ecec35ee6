import { expect, type Locator, type Page } from '@playwright/test';
import { designFromData } from '../lib/design';

export const AUTOSAVE_KEY = 'queuewright.autosave.v1';
export const FIRST_VISIT_KEY = 'queuewright.first-visit-offer.v1';

/** What a user does in the studio, in their words. Specs read as user stories on top of it. */
export class StudioPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the studio on a clean browser profile (no autosave), or with `design` autosaved.
   * The profile has visited before (no first-visit offer) unless `firstVisit` is set.
   */
  async open(design?: unknown, { firstVisit = false }: { firstVisit?: boolean } = {}) {
    await this.page.goto('/');
    if (firstVisit) {
      // A test's browser context starts with empty storage: this load is the first visit. (A reload would save the empty design on the way out.)
      expect(await this.page.evaluate(() => localStorage.length <= 1)).toBe(true);
      await expect(this.page.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
      return;
    }
    await this.page.evaluate(
      ([key, value, visitedKey]) => {
        localStorage.clear();
        if (value) localStorage.setItem(key, value);
        localStorage.setItem(visitedKey, 'offered');
      },
      [AUTOSAVE_KEY, design === undefined ? '' : typeof design === 'string' ? design : JSON.stringify(design), FIRST_VISIT_KEY] as const,
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
    const source = this.page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source:not(.failure-handle)`);
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

  /** Waits until the view is fitted to the latest load and the latest fit request (Layout, a large paste, the fit key). */
  async waitForFit() {
    const canvas = this.page.getByTestId('canvas');
    await expect.poll(() => canvas.evaluate((el) => el.dataset.fittedLoad === el.dataset.loadCount && el.dataset.fittedRequest === el.dataset.fitRequest)).toBe(true);
  }

  /** Lays the design out with the Layout button and waits until the view shows the result. */
  async layout() {
    const canvas = this.page.getByTestId('canvas');
    const asked = Number(await canvas.getAttribute('data-fit-request'));
    await this.page.getByTestId('toolbar.layout').click();
    await expect(canvas).toHaveAttribute('data-fit-request', String(asked + 1));
    await this.waitForFit();
  }

  /** The nodes that are not wholly inside the canvas, or that a panel on it (minimap, zoom controls, legend) covers. */
  async nodesOutsideFreeCanvas(): Promise<string[]> {
    return this.page.evaluate(() => {
      const pane = document.querySelector('[data-testid="canvas"] .react-flow')!.getBoundingClientRect();
      const panels = [...document.querySelectorAll('[data-testid="canvas"] .react-flow__panel')].map((p) => p.getBoundingClientRect());
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...document.querySelectorAll('[data-testid="canvas"] .react-flow__node')].flatMap((el) => {
        const box = el.getBoundingClientRect();
        const inside = box.left >= pane.left - 0.5 && box.top >= pane.top - 0.5 && box.right <= pane.right + 0.5 && box.bottom <= pane.bottom + 0.5;
        return inside && !panels.some((panel) => overlap(box, panel)) ? [] : [el.getAttribute('data-id')!];
      });
    });
  }

  /** Each node's box on screen, by id. */
  async nodeBoxes(): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="canvas"] .react-flow__node')].map((el) => {
          const b = el.getBoundingClientRect();
          return [el.getAttribute('data-id')!, { x: b.x, y: b.y, width: b.width, height: b.height }];
        }),
      ),
    );
  }

  /**
   * A file action (start, open, import-cluster, save, save-json, save-yaml) as
   * the window's width offers it: a top-bar button on wide screens, the File
   * menu otherwise.
   */
  async fileAction(action: 'start' | 'open' | 'import-cluster' | 'compare-cluster' | 'save' | 'save-json' | 'save-yaml') {
    const button = this.page.getByTestId(`toolbar.${action}`);
    if (await button.isVisible()) return button.click();
    // Wide windows put the live-cluster actions in their own menu when both are offered.
    if ((action === 'import-cluster' || action === 'compare-cluster') && (await this.page.getByTestId('toolbar.cluster-menu').isVisible())) {
      await this.page.getByTestId('toolbar.cluster-menu').click();
      return this.page.getByTestId(`cluster-menu.${action}`).click();
    }
    await this.page.getByTestId('toolbar.file-menu').click();
    await this.page.getByTestId(`file-menu.${action}`).click();
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
