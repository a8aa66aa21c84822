// Runs an import in a worker with a time limit: the page stays responsive, and a file that takes
// too long is stopped with a message instead of hanging the tab.
import { MAX_FILE_BYTES, sizeMessage } from '../../core/import/bytes';
import type { RelationType } from '../../core/schema';
import type { ImportReply } from './messages';

export const IMPORT_TIMEOUT_MS = 20_000;

/** The name of a picked file: its path inside a chosen folder, or its name. */
export function fileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

export async function runImport(
  files: readonly File[],
  relationTypes: readonly RelationType[],
): Promise<ImportReply> {
  // Refuse huge files before reading a byte of them.
  const tooBig = files.filter((f) => f.size >= MAX_FILE_BYTES);
  if (tooBig.length) {
    return {
      ok: false,
      errors: tooBig.map((f) => ({
        file: fileName(f),
        message: sizeMessage(f.size) ?? 'is too large',
      })),
    };
  }
  const payload = await Promise.all(
    files.map(async (f) => ({ name: fileName(f), bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportReply>((resolve) => {
      const timer = setTimeout(() => {
        resolve({
          ok: false,
          errors: [
            {
              file: payload.map((p) => p.name).join(', '),
              message: `took longer than ${IMPORT_TIMEOUT_MS / 1000} s to read and was stopped`,
            },
          ],
        });
      }, IMPORT_TIMEOUT_MS);
      worker.onmessage = (event: MessageEvent<ImportReply>) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.onerror = (event) => {
        clearTimeout(timer);
        resolve({
          ok: false,
          errors: [{ file: '(import)', message: `could not be read: ${event.message}` }],
        });
      };
      worker.postMessage(
        { files: payload, relationTypes },
        payload.map((p) => p.bytes.buffer),
      );
    });
  } finally {
    worker.terminate();
  }
}
