// The one shape of a data error, and how it reads: `file#record: field message`.

export interface DataError {
  /** Path of the file inside the graph-data folder, with forward slashes ("relations/pak-rus.json"). */
  readonly file: string;
  /** The record's id, or `<key>[index]` when the record has no usable id. */
  readonly record?: string;
  /** The field, as a path ("sources[0].url"). */
  readonly field?: string;
  /** Worded to follow the field name: "end 2022-02-22 is before start 2022-02-23". */
  readonly message: string;
  /** 1-based line and column, for JSON syntax errors. */
  readonly line?: number;
  readonly column?: number;
}

/** Where: `file#record` (plus `:line:column` for syntax errors). */
export function errorPlace(error: DataError): string {
  return (
    error.file +
    (error.record === undefined ? '' : `#${error.record}`) +
    (error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`)
  );
}

/** What: `field message`. */
export function errorText(error: DataError): string {
  return error.field === undefined ? error.message : `${error.field} ${error.message}`;
}

export function formatError(error: DataError): string {
  return `${errorPlace(error)}: ${errorText(error)}`;
}

/** "sources[0].url" from a path of keys and indexes. */
export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? undefined : out;
}
