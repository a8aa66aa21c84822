// Reading exported files back as a reader's tools would: PNG pixels (pngjs), PDF text and
// drawing operations (pdf.js), so tests check the picture, not just that a file exists.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  /** Pixels that are neither white nor transparent. */
  readonly inked: number;
  /** Alpha of the top-left pixel. */
  readonly cornerAlpha: number;
  readonly data: Buffer;
}

export function readPng(bytes: Buffer): PngInfo {
  const png = PNG.sync.read(bytes);
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [
      png.data[i] ?? 0,
      png.data[i + 1] ?? 0,
      png.data[i + 2] ?? 0,
      png.data[i + 3] ?? 0,
    ];
    if (a > 0 && (r < 240 || g < 240 || b < 240)) inked++;
  }
  return {
    width: png.width,
    height: png.height,
    inked,
    cornerAlpha: png.data[3] ?? 0,
    data: png.data,
  };
}

const fonts = pathToFileURL(
  join(
    dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  ) + '/',
).href;

export interface PdfInfo {
  readonly pages: number;
  readonly text: string;
  readonly images: number;
  readonly paths: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: fonts,
    isEvalSupported: false,
  }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ');
  const ops = await page.getOperatorList();
  const images = ops.fnArray.filter(
    (op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject,
  ).length;
  const paths = ops.fnArray.filter((op) => op === OPS.constructPath).length;
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text, images, paths };
}
