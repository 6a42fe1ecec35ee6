import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pipeline } from './fixtures';
import { StudioPage } from './studio-page';

/** The top bar fits a 1024-px window: nothing scrolls sideways, file actions are one menu, Export and Share stay on screen. */

async function overflow(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const offScreen = [...header.querySelectorAll('button, input')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
    });
    // Controls drawn over each other (a squeezed score running into Undo) overflow as much as a scrollbar does.
    const controls = [...header.querySelectorAll<HTMLElement>(':scope button, :scope input, [data-testid="save-status"], [data-testid^="score."]')].filter(
      (el) => !el.closest('[role="menu"]') && el.getBoundingClientRect().width > 0,
    );
    const overlapping: string[] = [];
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        if (a.contains(b) || b.contains(a)) return;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom && q.top < p.bottom) overlapping.push(`${a.dataset.testid ?? a.textContent}/${b.dataset.testid ?? b.textContent}`);
      }),
    );
    return {
      overlapping,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      header: header.scrollWidth - header.clientWidth,
      offScreen: offScreen.map((el) => el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent),
    };
  });
}

test('at 1024×700 nothing scrolls sideways; the file actions are one menu; Export and Share are on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const studio = new StudioPage(page);
  await studio.open({ ...pipeline, name: 'Checkout and payments pipeline for the EU region' });
  await expect(studio.node('orders')).toBeVisible();
  expect(await overflow(page)).toEqual({ overlapping: [], page: 0, header: 0, offScreen: [] });
  for (const id of ['toolbar.simulate', 'toolbar.export', 'toolbar.share', 'toolbar.layout', 'toolbar.file-menu', 'toolbar.undo']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('toolbar.open')).toBeHidden();

  const menu = page.getByTestId('toolbar.file-menu');
  await menu.click();
  const list = page.getByTestId('toolbar.file-menu.list');
  await expect(list.getByRole('menuitem')).toHaveText([/Blank design/, /New…/, /Open…/, /From cluster…/, /Compare with cluster…/, /^Save\s*Ctrl\+S/, /Save as JSON/, /Save as YAML/]);
  await expect(list).toBeInViewport({ ratio: 1 });
  const results = await new AxeBuilder({ page }).include('header').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The keyboard moves through the menu; Escape closes it and gives the focus back.
  await expect(list.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(menu).toBeFocused();

  // Each item does what its button does on a wide screen: Save as YAML downloads once.
  await menu.click();
  const download = page.waitForEvent('download');
  await page.getByTestId('file-menu.save-yaml').click();
  expect((await download).suggestedFilename()).toBe('checkout-and-payments-pipeline-for-the-eu-region.queuewright.yaml');
  await menu.click();
  await page.getByTestId('file-menu.start').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test('at 1440×900 nothing overflows either; from 1536 px the file actions are buttons', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open(pipeline);
  await expect(page.getByTestId('score.ordering')).toBeVisible();
  expect(await overflow(page)).toEqual({ overlapping: [], page: 0, header: 0, offScreen: [] });
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(page.getByTestId('toolbar.open')).toBeVisible();
  await expect(page.getByTestId('toolbar.file-menu')).toBeHidden();
  expect(await overflow(page)).toEqual({ overlapping: [], page: 0, header: 0, offScreen: [] });
});
