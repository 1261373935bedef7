// Sealed sync documents: the part of PouchDB the bridge uses, the documents' shape (sealed
// content only), and the codec that names a local key by its HMAC and seals and opens
// records with the reader's keys.
import { openJson, recordId, sealJson, type SyncKeys } from '@/utils/sync/crypto';
import { checkRecord, type SyncRecord } from '@/utils/sync/record';

/** The parts of a PouchDB database the bridge uses (PouchDB.Database satisfies it). */
export interface SyncDocDb {
  allDocs(opts: { keys: string[]; include_docs: true }): Promise<{
    rows: Array<{ key: string; doc?: SealedDoc | null; value?: { rev: string; deleted?: boolean }; error?: string }>;
  }>;
  bulkDocs(docs: SealedDoc[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: unknown }>>;
  get(id: string, opts: { open_revs: 'all' }): Promise<Array<{ ok?: SealedDoc; missing?: string }>>;
  changes(opts: {
    since: number | string;
    limit: number;
    include_docs: true;
    conflicts: true;
  }): Promise<{ results: Array<{ id: string; doc?: SealedDoc; deleted?: boolean }>; last_seq: number | string }>;
}

/** A document as stored in the sync database and on the server: sealed content only. */
export interface SealedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  v?: number;
  iv?: string;
  ct?: string;
}

export interface DocCodec {
  /** The document id of a local key (cached). */
  idOf(key: string): Promise<string>;
  /** Opens and checks a document's record; throws when it cannot be read. */
  open(doc: SealedDoc): Promise<SyncRecord>;
  /** Seals a record as document `id` (on top of `rev`, when given). */
  seal(id: string, rec: SyncRecord, rev?: string): Promise<SealedDoc>;
}

export function createDocCodec(keys: SyncKeys): DocCodec {
  const idCache = new Map<string, string>();
  return {
    async idOf(key) {
      let id = idCache.get(key);
      if (!id) {
        id = await recordId(keys, key);
        if (idCache.size > 50_000) idCache.clear();
        idCache.set(key, id);
      }
      return id;
    },
    open: async (doc) => checkRecord(await openJson(keys, doc._id, { iv: doc.iv, ct: doc.ct })),
    seal: async (id, rec, rev) => ({
      _id: id,
      ...(rev ? { _rev: rev } : {}),
      v: 1,
      ...(await sealJson(keys, id, rec)),
    }),
  };
}
