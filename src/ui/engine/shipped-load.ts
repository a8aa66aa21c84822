// How the page hands the shipped data to the engine worker. Packed bytes are handed over, not
// posted as a copy (a structured clone of the scale set's 40 MB cost the page 0.4 s here); the
// page unpacks a copy of its own and keeps the texts, to load a restarted worker. While the worker validates them, the page
// reads their relations itself (core/data/packed-relations.ts) and uses that reading when the
// worker says it is exactly the data set's, leaving them out of its reply (a clone of 300,000
// objects, which the page had received only once the worker was done). Otherwise, or should the
// page's reading differ, the worker's relations are used.
import type { DatasetReply, EngineRequest } from '../../core/engine/engine';
import type { DatasetParts } from '../../core/exchange/import/reply';
import type { DataFiles } from '../../core/data/load';
import { unpackDataBytes } from '../../core/data/packed';
import { relationsOfFiles } from '../../core/data/packed-relations';

type LoadRequest = Extract<EngineRequest, { kind: 'load' }>;

export interface ShippedLoad {
  /** The first request, and what it hands over. */
  readonly request: LoadRequest;
  readonly transfer: Transferable[];
  /** The page's own reading, begun once the request is posted (while the worker validates). */
  readonly read: () => Promise<PageReading>;
}

export interface PageReading {
  /** What loads the same data into a restarted worker (the texts the page keeps). */
  readonly reload: LoadRequest;
  /** The same data, with the worker's relations in its reply. */
  readonly whole: LoadRequest;
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

export function shippedLoad(files: DataFiles): ShippedLoad {
  const request = { kind: 'load', files, relationsOnPage: true } as const;
  if (!(files instanceof ArrayBuffer)) {
    const whole = { kind: 'load', files } as const;
    const read = async () => ({
      reload: request,
      whole,
      own: await relationsOfFiles(files, yieldToPage),
    });
    return { request, transfer: [], read };
  }
  // A copy to read on the page (a plain memory copy), the bytes themselves handed to the worker
  // at once: unpacking them first would hold the worker back by the page's decoding.
  const copy = files.slice(0);
  return {
    request,
    transfer: [files],
    read: async () => {
      await yieldToPage();
      const unpacked = unpackDataBytes(copy);
      if (!unpacked.ok) {
        // The worker says what is wrong with them; a restarted one is sent them again.
        const again = { kind: 'load', files: copy } as const;
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
