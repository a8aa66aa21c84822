// The data folder as the page gets it (vite-plugin-graph-data.ts): its JSON files but the
// schemas, packed in one text; the dev server's kept answer (ServedData); and a large data set's
// first picture (first-picture.ts), worked out from the command line's prebuilt bundle.
import type { ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from '../../bin/cli-build.mjs';
import type { DataFile } from '../core/data/load';
import type { FirstPicture } from './first-picture.ts';
import { packDataFiles, unpackDataFiles } from '../core/data/packed.ts';
import { REPO_ROOT } from './paths.ts';
import { graphDataStamp, readGraphDataFolder } from './read-folder.ts';

/**
 * Data files at least this large (bytes) are neither preloaded nor read into an `ArrayBuffer` on
 * the page: the page takes them as a Blob, posted to the engine worker as a handle. Reading the
 * scale set's 40 MB with `Response.arrayBuffer()` held the page's main thread 0.4–0.6 s before
 * the worker could begin; `Response.blob()` keeps the bytes out of the page. A preloaded response
 * taken as a Blob failed in Chromium ("Failed to fetch", 3 loads in 4 of the scale set), so a
 * large file goes without the preload. Under the limit (the shipped data: under 1 MB) the bytes
 * are few and the preload starts them with the scripts: the shipped data's first frame came
 * 35–40 ms later (of 0.85 s) when taken as a Blob, so they stay bytes.
 */
export const BLOB_DATA_BYTES = 2 * 1024 * 1024;

/** Works out a large data set's first picture (first-picture.ts) from its files. */
export type Picturer = (files: readonly DataFile[]) => Promise<FirstPicture | null>;

/**
 * first-picture.ts, run from the command line's prebuilt bundle (bin/cli-build.mjs; built first
 * if its sources changed, one line saying so): the analysis it needs is not bundled into Vite's
 * config, whose native loader refuses the core's imports without a file extension.
 */
export async function picturer(note: (line: string) => void): Promise<Picturer> {
  const entry = await ensureBuild({ root: REPO_ROOT, note });
  const bundle = (await import(pathToFileURL(entry).href)) as typeof import('../cli/main.ts');
  return (files) => bundle.firstPicture(files);
}

/** The files the page gets: every JSON file of the folder but the JSON Schemas. */
export function readData(folder: string): DataFile[] {
  return readGraphDataFolder(folder).filter((file) => !file.path.startsWith('schema/'));
}

interface Kept {
  readonly stamp: string;
  readonly body: Buffer;
  /** The first picture, once asked for. */
  picture?: Promise<FirstPicture | null>;
}

/**
 * The dev server's answer for a data folder: its files packed as the build's asset, kept in
 * memory while no file changes (graphDataStamp: the files' sizes, times and inodes, looked up at
 * each request in well under a millisecond) and read again when one does. Reading and packing the
 * scale set (45 MB) at each request held the server's one thread 0.3–0.6 s while the page's
 * modules and the engine worker's script waited for it.
 */
export class ServedData {
  private kept: Kept | undefined;
  private picturer: Promise<Picturer> | undefined;

  /** `makePicturer`: what works out a large folder's first picture, made when first needed. */
  constructor(
    private readonly folder: string,
    private readonly makePicturer?: () => Promise<Picturer>,
  ) {}

  /** The packed files, as bytes (UTF-8); throws when the folder cannot be read. */
  body(): Buffer {
    return this.read().body;
  }

  /**
   * The first picture of the folder as it is now (first-picture.ts) and its links, or null
   * (small or invalid data, or no way to work it out). Worked out once for each version of the
   * folder: about 2 s for the 100,000 relations of the scale set, which the server's start (or
   * the first load after an edit) waits for. Rejects when the folder cannot be read.
   */
  async picture(): Promise<FirstPicture | null> {
    const kept = this.read();
    if (!kept.picture) {
      const make = this.makePicturer;
      if (kept.body.length < BLOB_DATA_BYTES || !make) kept.picture = Promise.resolve(null);
      else {
        const unpacked = unpackDataFiles(kept.body.toString('utf8'));
        this.picturer ??= make();
        const picturer = this.picturer;
        kept.picture = unpacked.ok
          ? picturer.then((p) => p(unpacked.files))
          : Promise.resolve(null);
      }
    }
    return kept.picture;
  }

  private read(): Kept {
    const stamp = graphDataStamp(this.folder);
    if (this.kept?.stamp === stamp) return this.kept;
    const body = Buffer.from(packDataFiles(readData(this.folder)));
    // Stamped before the read: a file changed during it changes the next stamp, so it is read again.
    this.kept = { stamp, body };
    return this.kept;
  }
}

/**
 * The dev server's answer for the first picture (16:9, or `tall`, 4:5): the folder's as it is
 * now, or 404 when it has none (small or invalid data, or a folder that cannot be read), and the
 * page shows no picture.
 */
export async function answerPicture(
  data: ServedData,
  method: string,
  response: ServerResponse,
  tall = false,
): Promise<void> {
  const picture = await data.picture().catch(() => null);
  const svg = (tall ? picture?.tall : picture?.svg) ?? null;
  if (svg === null) {
    response.statusCode = 404;
    response.end();
    return;
  }
  response.setHeader('Content-Type', 'image/svg+xml');
  response.setHeader('Content-Length', Buffer.byteLength(svg));
  response.end(method === 'HEAD' ? undefined : svg);
}
