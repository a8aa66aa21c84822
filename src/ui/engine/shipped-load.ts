// How the page hands the shipped data to the engine worker. The build's data file is posted as a
// Blob when it is large (a handle; posted.ts), which the worker reads at once while the page
// reads it too; a small one's bytes are handed over, not posted as a copy (a structured clone of
// 40 MB cost the page 0.4 s), the page unpacking a copy of its own. The page keeps the texts, to
// load a restarted worker. While the worker validates them, the
// page reads their relations itself (core/data/packed-relations.ts) and uses that reading when
// the worker says it is exactly the data set's, leaving them out of its reply (a clone of 300,000
// objects, which the page had received only once the worker was done). Otherwise, or should the
// page's reading differ, the worker's relations are used.
import type { DatasetReply } from '../../core/engine/engine';
import type { DatasetParts } from '../../core/exchange/import/reply';
import { unpackDataBytes } from '../../core/data/packed';
import { relationsOfFiles } from '../../core/data/packed-relations';
import type { PostedLoad, ShippedFiles } from './posted';

export interface ShippedLoad {
  /** The first request, and what it hands over. */
  readonly request: PostedLoad;
  readonly transfer: Transferable[];
  /** The page's own reading, begun once the request is posted (while the worker validates). */
  readonly read: () => Promise<PageReading>;
}

export interface PageReading {
  /** What loads the same data into a restarted worker (the texts the page keeps). */
  readonly reload: PostedLoad;
  /** The same data, with the worker's relations in its reply. */
  readonly whole: PostedLoad;
  /** The relations as the page read them; undefined when it could not. */
  readonly own: readonly unknown[] | undefined;
}

/**
 * Lets the page's other tasks run (one posted through a message channel), between the files the
 * page reads: a request to a worker still starting is handed to it in one of those tasks, which
 * a reading in one piece held back until its end (seen in traces: the worker began only when the
 * page had read all).
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The bytes of a Blob, or undefined when the browser cannot read it. */
async function bytesOf(blob: Blob): Promise<ArrayBuffer | undefined> {
  try {
    return await blob.arrayBuffer();
  } catch {
    return undefined;
  }
}

export function shippedLoad(files: ShippedFiles): ShippedLoad {
  if (!(files instanceof Blob || files instanceof ArrayBuffer)) {
    const request = { kind: 'load', files, relationsOnPage: true } as const;
    const whole = { kind: 'load', files } as const;
    const read = async () => ({
      reload: request,
      whole,
      own: await relationsOfFiles(files, yieldToPage),
    });
    return { request, transfer: [], read };
  }
  // A Blob is read by the worker and the page alike; bytes are handed to the worker at once (a
  // plain memory copy kept to read on the page): unpacking them first would hold it back.
  const kept = files instanceof Blob ? files : files.slice(0);
  return {
    request: { kind: 'load', files, relationsOnPage: true },
    transfer: files instanceof Blob ? [] : [files],
    read: async () => {
      await yieldToPage();
      const bytes = kept instanceof Blob ? await bytesOf(kept) : kept;
      const unpacked = bytes ? unpackDataBytes(bytes) : undefined;
      if (!unpacked?.ok) {
        // The worker says what is wrong with them; a restarted one is sent them again.
        const again = { kind: 'load', files: kept } as const;
        return { reload: again, whole: again, own: undefined };
      }
      const texts = unpacked.files;
      return {
        reload: { kind: 'load', files: texts, relationsOnPage: true },
        whole: { kind: 'load', files: texts },
        own: await relationsOfFiles(texts, yieldToPage),
      };
    },
  };
}

/**
 * The reply with the page's own relations where the worker left its out, or undefined when the
 * page's reading is not the one the worker vouched for (it cannot be, from the same texts; but
 * never a guess): then the data are asked for whole.
 */
export function withOwnRelations(
  reply: DatasetReply,
  own: readonly unknown[] | undefined,
): DatasetReply | undefined {
  if (!reply.ok || reply.relationsOnPage === undefined) return reply;
  if (own === undefined || own.length !== reply.relationsOnPage) return undefined;
  const relations = own as DatasetParts['relations'];
  return { ...reply, parts: { ...reply.parts, relations } };
}
