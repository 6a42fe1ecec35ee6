import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';

/** An empty design has nothing to score: the studio shows "—", never a perfect 100. */

test('an empty design shows no score; the first node brings one, deleting it takes it away', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const overall = page.getByTestId('score.overall');
  await expect(overall).toHaveText('—');
  await expect(page.getByTestId('score.ordering')).toContainText('—');
  await expect(page.getByTestId('score')).toHaveAttribute('aria-label', /No score yet/);
  await expect(page.getByTestId('score')).toHaveAttribute('data-empty', 'true');

  await studio.paletteItem('kafka-topic').click();
  await expect(overall).toHaveText(/^\d+$/);
  await expect(page.getByTestId('score')).toHaveAttribute('data-empty', 'false');

  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(overall).toHaveText('—');
});

test('at 1024 px, where the ring shows alone, an empty design reads "—" too', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId('score.overall')).toHaveText('—');
  await expect(page.getByTestId('score.ordering')).toBeHidden();
});
