'use client';

import { useCallback } from 'react';
import { isBlankDesign } from '@/lib/design';
import type { GalleryCard } from '@/lib/templates/gallery';
import { useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';

/** Loads a template as the design (one undoable step: Undo brings the previous design back). */
export function useTemplateLoader(onLoaded?: () => void) {
  const store = useStudioStore();
  const toasts = useToasts();
  return useCallback(
    async (card: GalleryCard) => {
      // The gallery shows cards (lib/templates/gallery.ts); the template itself loads when one is chosen.
      const [{ TEMPLATES }, { templateDesign }] = await Promise.all([import('@/lib/families/templates'), import('@/lib/templates')]);
      const template = TEMPLATES.find((t) => t.id === card.id);
      if (!template) throw new Error(`No template "${card.id}" (the gallery cards are out of date: npm run gallery)`);
      const hadWork = !isBlankDesign(store.getState().design);
      store.getState().load(templateDesign(template));
      toasts.push('success', `Opened the template “${template.title}”${hadWork ? ' — Undo brings your previous design back' : ''}`);
      onLoaded?.();
    },
    [store, toasts, onLoaded],
  );
}
