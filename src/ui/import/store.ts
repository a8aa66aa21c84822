// The imported data set kept in IndexedDB, so it survives a reload until the shipped data are
// restored. Stored as the validated parts; what is read back is untrusted (state/kept-import.ts
// checks its shape, the engine validates its data again).
import { del, get, keys, set } from 'idb-keyval';
import type { KeptImport } from '../../state/kept-import';

const KEY = 'entente:imported-data';

export const importStore = {
  /** What IndexedDB holds under the key, as it is; undefined for nothing (or no IndexedDB). */
  async load(): Promise<unknown> {
    try {
      return await get<unknown>(KEY);
    } catch {
      return undefined; // IndexedDB unavailable (private mode): the shipped data stand
    }
  },
  /** Whether an import is kept, without reading it; false when IndexedDB cannot answer. */
  async has(): Promise<boolean> {
    try {
      return (await keys()).includes(KEY);
    } catch {
      return false;
    }
  },
  async save(value: KeptImport): Promise<void> {
    await set(KEY, { ...value, savedAt: new Date().toISOString() });
  },
  async clear(): Promise<void> {
    await del(KEY);
  },
};

export type ImportStore = typeof importStore;
