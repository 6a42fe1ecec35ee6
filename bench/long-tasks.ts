import type { Page } from '@playwright/test';

/** Starts recording the page's longest main-thread task (Long Tasks API: tasks over 50 ms). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task since watchLongTasks, in whole milliseconds (0: none over 50 ms). */
export async function longestTaskMs(page: Page): Promise<number> {
  return Math.round(await page.evaluate(() => (window as unknown as { longest: number }).longest));
}
