// The imported data set kept in IndexedDB, so it survives a reload until the shipped data are
// restored. Stored as the validated parts; validated again when read back.
import { del, get, set } from 'idb-keyval';
import type { DatasetParts } from '../../core/import/reply';

const KEY = 'entente:imported-data';

export interface StoredImport {
  readonly name: string;
  readonly notices: readonly string[];
  readonly parts: DatasetParts;
  readonly savedAt: string;
}

export const importStore = {
  async load(): Promise<StoredImport | undefined> {
    try {
      return await get<StoredImport>(KEY);
    } catch {
      return undefined; // IndexedDB unavailable (private mode): the shipped data stand
    }
  },
  async save(value: Omit<StoredImport, 'savedAt'>): Promise<void> {
    await set(KEY, { ...value, savedAt: new Date().toISOString() });
  },
  async clear(): Promise<void> {
    await del(KEY);
  },
};

export type ImportStore = typeof importStore;
