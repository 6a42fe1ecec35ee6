'use client';

import { useCallback, useState } from 'react';

const THEME_KEY = 'queuewright.theme';

/** The studio's light or dark theme; toggling keeps the choice for the next visit. */
export function useTheme() {
  // Light until the page's class is read after hydration (use-restore-autosave.ts).
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const toggleTheme = useCallback(() => {
    const next = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.classList.toggle('dark', next === 'dark');
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // The theme still applies for this visit.
    }
    setTheme(next);
  }, [theme]);
  return { theme, setTheme, toggleTheme };
}
