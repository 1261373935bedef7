// The parts of PouchDB 9 that Gloss uses, typed by hand: DefinitelyTyped's @types/pouchdb-*
// pull the DOM library into every file of the project (Node scripts included).
declare module 'pouchdb-core' {
  export interface PouchReplication extends Promise<PouchReplicationResult> {
    on(event: 'change', cb: (info: { docs_written: number; pending?: number; last_seq?: unknown }) => void): this;
    on(event: 'paused' | 'active' | 'complete' | 'denied' | 'error', cb: (info: unknown) => void): this;
    cancel(): void;
  }
  export interface PouchReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
    last_seq: unknown;
    status: string;
  }
  export interface PouchReplicateOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    heartbeat?: number | false;
    timeout?: number | false;
    checkpoint?: 'source' | 'target' | false;
  }
  export interface PouchDatabase {
    name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
    get(id: string, opts?: Record<string, unknown>): Promise<unknown>;
    put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
    allDocs(opts?: Record<string, unknown>): Promise<{ rows: Array<{ id: string; key: string; doc?: unknown }> }>;
    bulkDocs(docs: unknown[], opts?: Record<string, unknown>): Promise<unknown[]>;
    changes(opts: Record<string, unknown>): Promise<unknown>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
    replicate: {
      to(target: PouchDatabase | string, opts?: PouchReplicateOptions): PouchReplication;
      from(source: PouchDatabase | string, opts?: PouchReplicateOptions): PouchReplication;
    };
  }
  export interface PouchStatic {
    new (name: string, opts?: Record<string, unknown>): PouchDatabase;
    plugin(plugin: unknown): PouchStatic;
    defaults(opts: Record<string, unknown>): PouchStatic;
    replicate(source: PouchDatabase, target: PouchDatabase, opts?: PouchReplicateOptions): PouchReplication;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { PouchStatic } from 'pouchdb-core';
  const expressPouchdb: (
    pouch: PouchStatic,
    opts: Record<string, unknown>,
  ) => (req: IncomingMessage, res: ServerResponse) => void;
  export default expressPouchdb;
}
