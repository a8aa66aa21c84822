// PNG and PDF of an SVG figure from the command line, drawn by the system Chromium: the PNG at
// the asked scale, the PDF as vectors (Chromium keeps paths and text as such).
import { chromium } from 'playwright-core';
import { rasterSize } from '../core/scene/raster';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export class ChromiumMissing extends Error {}

async function withPage<T>(
  width: number,
  height: number,
  scale: number,
  svg: string,
  work: (page: import('playwright-core').Page) => Promise<T>,
): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new ChromiumMissing(
      'PNG and PDF export need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}</style></head><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
    );
    return await work(page);
  } finally {
    await browser.close();
  }
}

export async function pngWithChromium(
  svg: string,
  width: number,
  height: number,
  scale: number,
  transparent: boolean,
) {
  const size = rasterSize(width, height, scale);
  const png = await withPage(width, height, size.scale, svg, (page) =>
    page.screenshot({
      clip: { x: 0, y: 0, width, height },
      omitBackground: transparent,
      type: 'png',
    }),
  );
  return { png, size };
}

export async function pdfWithChromium(svg: string, width: number, height: number): Promise<Buffer> {
  return withPage(width, height, 1, svg, (page) =>
    page.pdf({
      width: `${width}px`,
      height: `${height}px`,
      printBackground: true,
      pageRanges: '1',
    }),
  );
}
