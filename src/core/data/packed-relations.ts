// The relations of the shipped data read on the page from its own copy of the files, while the
// engine worker validates the same files. Receiving 100,000 validated relations from the
// worker (a structured clone of 300,000 objects) cost the page more than parsing them itself, and
// could only start once the worker was done; this parse overlaps the worker's validation instead.
// The worker says whether its relations are exactly what such a parse makes (records.ts,
// `relationsAsParsed`) and how many there are; only then does the page use its own
// (ui/engine/client.ts), so validation stays the worker's alone. Light: no schema, no zod.
import { withoutBom } from './bom';
import { classify, inLoadOrder, type DataFile } from './data-paths';
import { deepFreeze } from './dataset';

/** The relation files among a folder's files, in the order the loader reads them (by path). */
function relationFiles(files: readonly DataFile[]): DataFile[] {
  return inLoadOrder(files).filter((file) => {
    const found = classify(file.path);
    return found !== 'ignore' && !('error' in found) && found.kind === 'relations';
  });
}

/** A relation file's records as JSON.parse makes them, or undefined when it is not such a list. */
function relationsOfFile(file: DataFile): unknown[] | undefined {
  let top: unknown;
  try {
    top = JSON.parse(withoutBom(file.text));
  } catch {
    return undefined;
  }
  const list = (top as { relations?: unknown } | null)?.relations;
  return Array.isArray(list) ? list : undefined;
}

/**
 * The relations of a folder's files (the packed bytes' files, unpacked), in the order the loader
 * reads them (files by path, records in file order), as JSON.parse makes them — or undefined when
 * they cannot be read so (the worker then says why, or sends its relations). `pause` runs before
 * each file: the page lets its other tasks run there (ui/engine/shipped-load.ts). Each relation is
 * frozen here, as the data set it joins will be (makeDataset): done while the worker validates,
 * the data set's freezing skips them, rather than walk 300,000 objects once the reply has come
 * (0.13 s of the scale set's start, on the path to the first frame).
 */
export async function relationsOfFiles(
  files: readonly DataFile[],
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<unknown[] | undefined> {
  const relations: unknown[] = [];
  for (const file of relationFiles(files)) {
    await pause();
    const list = relationsOfFile(file);
    if (!list) return undefined;
    // One push per item: spreading a list of tens of thousands overflows the stack.
    for (const item of list) relations.push(deepFreeze(item));
  }
  return relations;
}
