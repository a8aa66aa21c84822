// What `npm run build` puts in dist/: only what the page can load, the data asked for at once
// (preloaded). jsPDF's optional helpers
// (html2canvas, DOMPurify, canvg with core-js) are left out, and no source maps ship
// (docs/decisions.md, 2026-12-01).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/serve-build';

let outDir: string;
let files: string[];

beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), 'entente-dist-')), 'dist');
  // The project's own configuration, as `npm run build` uses it.
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  files = readdirSync(join(outDir, 'assets'));
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Strings found only in each library's own code (not in jsPDF's loader for it). */
const LEFT_OUT = [
  ['html2canvas', 'html2canvas-container'],
  ['DOMPurify', 'ALLOWED_TAGS'],
  ['canvg', 'feGaussianBlur'],
  ['core-js', 'Denis Pushkarev'],
] as const;

describe('the production build', () => {
  it('ships no source maps', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts)
      expect(readFileSync(join(outDir, 'assets', file), 'utf8')).not.toContain('sourceMappingURL');
  });

  it.each(LEFT_OUT)(
    'leaves out %s, needed only by the jsPDF helpers the page never calls',
    (_, marker) => {
      const holding = files.filter(
        (f) =>
          f.endsWith('.js') && readFileSync(join(outDir, 'assets', f), 'utf8').includes(marker),
      );
      expect(holding).toEqual([]);
    },
  );

  it("asks for the data file with the scripts: a preload that the page's fetch can use", () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const data = files.filter((f) => /^graph-data-[0-9a-f]+\.txt$/.test(f));
    expect(data).toHaveLength(1);
    // crossorigin (anonymous): the credentials of a plain fetch, or the browser would not match it.
    expect(html).toContain(
      `<link rel="preload" href="/assets/${data[0]}" as="fetch" crossorigin />`,
    );
    // Before the scripts, so that it starts with them.
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<script'));
  });

  it('compresses the data file once, beside it, for servers that send it as it is', () => {
    const data = files.find((f) => /^graph-data-[0-9a-f]+\.txt$/.test(f)) ?? '';
    expect(files).toContain(`${data}.gz`);
    const plain = readFileSync(join(outDir, 'assets', data));
    expect(gunzipSync(readFileSync(join(outDir, 'assets', `${data}.gz`))).equals(plain)).toBe(true);
  });

  it('keeps jsPDF and svg2pdf.js, which the PDF export loads', () => {
    expect(files.some((f) => /^jspdf\..*\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^svg2pdf\..*\.js$/.test(f))).toBe(true);
  });
});
