// The prebuilt command line: one bundle of src/cli/main.ts (and what it imports) for Node, made by
// Vite's own build, so `npm run analyze` does not transpile TypeScript at every call. A build is
// used only while it matches the sources: a fingerprint of every file under src/ and bin/ (path,
// size, modification time) plus package.json and package-lock.json is kept beside it, and any
// difference (an edit, a new or deleted file, an install) means a rebuild before the run.
// Builds go to a fresh folder and are switched to by an atomic rename of current.json, under a
// lock, so commands started together never run a half-written or stale bundle.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** What a build is made from, relative to the project root (folders are walked). */
export const SOURCES = ['src', 'bin', 'package.json', 'package-lock.json'];
/** Where builds go: git-ignored, beside the sources. */
export const BUILD_FOLDER = '.cli-build';
const ENTRY = 'src/cli/main.ts';
const LOCK_STALE_MS = 120_000;
const OLD_BUILD_MS = 3_600_000;

/**
 * A hash of every source file's path, size and modification time (and of the sources that are
 * missing), so that any change to what the bundle is made from changes it.
 * @param {string} root
 * @returns {string}
 */
export function fingerprint(root) {
  const lines = [];
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      lines.push(`${relative(root, path)}\tmissing`);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      lines.push(`${relative(root, path).split(sep).join('/')}\t${stat.size}\t${stat.mtimeMs}`);
    }
  };
  for (const source of SOURCES) visit(join(root, source));
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * The entry of the current build, if it was made from the sources as they are now.
 * @param {string} root
 * @returns {string | undefined}
 */
export function freshEntry(root) {
  const buildRoot = join(root, BUILD_FOLDER);
  let current;
  try {
    current = JSON.parse(readFileSync(join(buildRoot, 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (current?.fingerprint !== fingerprint(root) || typeof current.dir !== 'string')
    return undefined;
  const entry = join(buildRoot, current.dir, 'main.mjs');
  return existsSync(entry) ? entry : undefined;
}

/**
 * Rolldown keeps `import.meta.dirname` as is, which in a bundle names the build folder: rewrite
 * it (and `import.meta.filename`) to where the module's source lies, relative to the bundle, so
 * src/node/paths.ts still finds the repository, wherever the clone is moved.
 * @param {string} outDir
 */
function sourcePaths(outDir) {
  return {
    name: 'entente:source-paths',
    transform(code, id) {
      if (id.includes('node_modules') || !/import\.meta\.(dirname|filename)/.test(code))
        return null;
      const fromBundle = relative(outDir, dirname(id)).split(sep).join('/');
      const dir = `__ententeJoin(import.meta.dirname, ${JSON.stringify(fromBundle)})`;
      const file = `__ententeJoin(${dir}, ${JSON.stringify(basename(id))})`;
      const body = code
        .replaceAll('import.meta.dirname', dir)
        .replaceAll('import.meta.filename', file);
      return { code: `import { join as __ententeJoin } from 'node:path';\n${body}`, map: null };
    },
  };
}

/**
 * Builds the bundle into `outDir` with Vite (loaded only now: it takes a while to import).
 * Dependencies are bundled too (zod, graphology, …): resolving and loading them file by file from
 * node_modules cost 40 ms of every run. playwright-core, which only `export` loads to drive
 * Chromium, stays where it is.
 * @param {string} root
 * @param {string} outDir
 */
async function bundle(root, outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [sourcePaths(outDir)],
    ssr: { noExternal: true },
    build: {
      ssr: join(root, ENTRY),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: ['playwright-core'],
        output: {
          format: 'es',
          entryFileNames: 'main.mjs',
          // Every chunk beside the entry, so that one relative path per module (above) holds.
          chunkFileNames: '[name]-[hash].mjs',
        },
      },
    },
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Takes the build lock (a folder: creating one is atomic), waiting for another process's build
 * to finish; a lock left by a process that died is taken over after two minutes.
 * @param {string} lock
 */
async function acquire(lock) {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let age;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile: try again
    }
    if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
    else await sleep(100);
  }
}

/** Removes builds other than `keep` that nobody can still be running (an hour old). */
function removeOldBuilds(buildRoot, keep) {
  for (const name of readdirSync(buildRoot)) {
    if (!name.startsWith('b-') || name === keep) continue;
    const path = join(buildRoot, name);
    if (Date.now() - statSync(path).mtimeMs > OLD_BUILD_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The entry of a build that matches the sources, made first if there is none; `note` hears one
 * line when a build is made.
 * @param {{ root: string, note?: (line: string) => void }} options
 * @returns {Promise<string>}
 */
export async function ensureBuild({ root, note = () => {} }) {
  const ready = freshEntry(root);
  if (ready) return ready;
  const buildRoot = join(root, BUILD_FOLDER);
  mkdirSync(buildRoot, { recursive: true });
  const lock = join(buildRoot, 'lock');
  await acquire(lock);
  try {
    // Another process may have built while this one waited.
    const built = freshEntry(root);
    if (built) return built;
    note(`entente: building the command line into ${BUILD_FOLDER}/ (its sources changed)…`);
    // Taken before building, so an edit made during the build makes the next run build again.
    const print = fingerprint(root);
    const dir = `b-${Date.now()}-${process.pid}`;
    await bundle(root, join(buildRoot, dir));
    const temp = join(buildRoot, `current.json.${process.pid}`);
    writeFileSync(temp, `${JSON.stringify({ fingerprint: print, dir })}\n`);
    renameSync(temp, join(buildRoot, 'current.json'));
    removeOldBuilds(buildRoot, dir);
    return join(buildRoot, dir, 'main.mjs');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
