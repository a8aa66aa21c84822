// How the page hands the shipped data to the engine worker. Packed bytes are unpacked on the page
// and handed over, not copied (a copy of the scale set's 40 MB cost the page 0.4 s here); the
// page keeps the texts, to load a restarted worker. While the worker validates them, the page
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
  /** What loads the same data into a restarted worker (the texts the page keeps). */
  readonly reload: LoadRequest;
  /** The same data, with the worker's relations in its reply. */
  readonly whole: LoadRequest;
  /** The page's reading of the relations: called once the request is posted. */
  readonly readOwn: () => readonly unknown[] | undefined;
}

export function shippedLoad(files: DataFiles): ShippedLoad {
  const unpacked = files instanceof ArrayBuffer ? unpackDataBytes(files) : undefined;
  const texts = unpacked?.ok ? unpacked.files : undefined;
  // Bytes the page cannot unpack are sent as they are: the worker says what is wrong with them.
  if (!texts) {
    const request = { kind: 'load', files } as const;
    return { request, transfer: [], reload: request, whole: request, readOwn: () => undefined };
  }
  const packed = files instanceof ArrayBuffer;
  return {
    request: { kind: 'load', files, relationsOnPage: true },
    transfer: packed ? [files] : [],
    reload: { kind: 'load', files: texts, relationsOnPage: true },
    whole: { kind: 'load', files: texts },
    readOwn: () => relationsOfFiles(texts),
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
