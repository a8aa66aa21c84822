// The guard against spreadsheet formulas in the CSV export, and its undoing on import. A cell a
// spreadsheet would run (=, +, -, @, tab or carriage return first) is written with a leading
// apostrophe; so is one that already starts with apostrophes before such a character, so that
// removing exactly one apostrophe on import gives back every text as it was.

const RUNNABLE = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text as the export writes it: with an apostrophe first when a spreadsheet would run it. */
export function guardFormula(text: string): string {
  return RUNNABLE.test(text) ? `'${text}` : text;
}

/** The text as it was before `guardFormula`. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
