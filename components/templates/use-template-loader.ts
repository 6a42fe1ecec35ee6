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
      // The gallery shows cards (lib/templates/gallery.ts); the template's design loads when one is chosen.
      const { templateDesignById } = await import('@/lib/templates/template-design-by-id');
      const design = templateDesignById(card.id);
      const hadWork = !isBlankDesign(store.getState().design);
      store.getState().load(design);
      toasts.push('success', `Opened the template “${card.title}”${hadWork ? ' — Undo brings your previous design back' : ''}`);
      onLoaded?.();
    },
    [store, toasts, onLoaded],
  );
}
