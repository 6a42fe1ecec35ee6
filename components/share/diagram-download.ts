'use client';

import type { Design } from '@/lib/design';
import { designSvg } from '@/lib/exporters/diagram-svg';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';

/** The diagram as an SVG file. */
export function downloadDiagramSvg(design: Design): string {
  const name = `${fileBaseName(design)}.diagram.svg`;
  download(name, designSvg(design), 'image/svg+xml');
  return name;
}

/** Browsers refuse canvases larger than this on a side. */
const MAX_SIDE = 16_000;

/**
 * The diagram as a PNG: the SVG drawn onto a canvas at twice its size (sharp
 * on high-density screens), scaled down when a huge design would exceed the
 * browser's canvas limit.
 */
export async function diagramPng(design: Design): Promise<Blob> {
  const svg = designSvg(design);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The diagram could not be drawn.'));
      image.src = url;
    });
    const scale = Math.min(2, MAX_SIDE / Math.max(image.width, image.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * scale));
    canvas.height = Math.max(1, Math.round(image.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the PNG.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made.');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the diagram as a PNG; returns the file name. */
export async function downloadDiagramPng(design: Design): Promise<string> {
  const blob = await diagramPng(design);
  const name = `${fileBaseName(design)}.diagram.png`;
  download(name, blob, 'image/png');
  return name;
}
