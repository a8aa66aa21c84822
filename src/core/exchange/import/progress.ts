// How an import under way tells the page how far it is, and what a cancelled one answers. Apart
// from the readers (import-stream.ts), so that the page and the engine can name them without
// loading the readers.

export interface ImportProgress {
  /** Reading the files (`file` is the one being read), or validating what they held. */
  readonly phase: 'reading' | 'validating';
  readonly file: string;
  /** Bytes read so far, of all the files, and how many they have together. */
  readonly bytesRead: number;
  readonly bytesTotal: number;
  /** Records read so far (a JSON file's count only once it is read whole). */
  readonly records: number;
}

export interface ImportWatch {
  /** When it is aborted, the import stops between two pieces and answers `cancelled`. */
  readonly signal?: { readonly aborted: boolean };
  readonly progress?: (progress: ImportProgress) => void;
  /** At most one progress report in this many milliseconds (default 100); 0 reports every piece. */
  readonly every?: number;
}

/** What an import stopped by its watch answers. */
export const CANCELLED = 'import cancelled: the data shown are kept';
