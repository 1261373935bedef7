// What the bridge's two directions (sync-push.ts, sync-pull.ts) share: the options it was
// made with, the document codec, the revisions it wrote itself, and the notice a conflict
// resolution gives the reader.
import type { GlossDb } from '@/utils/adapters/db';
import type { SyncKeys } from '@/utils/sync/crypto';
import type { SyncNotice } from '@/utils/sync/notice';
import type { SyncRecord } from '@/utils/sync/record';
import type { resolveConflict } from '@/utils/sync/resolve';
import type { SyncedSettings } from '@/utils/sync/settings-filter';
import type { HighlightStore } from './highlight-store';
import { createDocCodec, type DocCodec, type SyncDocDb } from './sync-docs';

export interface BridgeOptions {
  db: GlossDb;
  store: HighlightStore;
  docs: SyncDocDb;
  keys: SyncKeys;
  deviceId: string;
  /** Records per batch (documents per bulk write and per changes read). */
  batchSize?: number;
  now?: () => number;
  /** The synced part of this device's settings, and how to apply another device's. */
  settings?: {
    read(): Promise<{ settings: SyncedSettings; updatedAt: number }>;
    apply(s: SyncedSettings, updatedAt: number): Promise<void>;
  };
  /** Reading history travels too (the reader turned it on). */
  history?: () => boolean;
  onNotice?: (n: SyncNotice) => void;
}

export interface BridgeContext extends BridgeOptions {
  batchSize: number;
  now: () => number;
  codec: DocCodec;
  /**
   * Revisions this bridge wrote itself (id@rev) and this device's data already reflects: the
   * changes feed brings them back, and opening them again would only find the same record.
   */
  ownRevs: Set<string>;
  /** Tells the reader when a resolution kept a deleted highlight or merged notes. */
  noteResolution(res: ReturnType<typeof resolveConflict>): void;
}

const quoteOf = (r: SyncRecord): string => (r.kind === 'highlight' ? r.h.quote.slice(0, 120) : '');

export function createBridgeContext(o: BridgeOptions): BridgeContext {
  return {
    ...o,
    batchSize: o.batchSize ?? 250,
    now: o.now ?? Date.now,
    codec: createDocCodec(o.keys),
    ownRevs: new Set<string>(),
    noteResolution(res) {
      if (res.deleteOverridden) o.onNotice?.({ kind: 'delete-overridden', quote: quoteOf(res.record) });
      else if (res.notesMerged) o.onNotice?.({ kind: 'notes-merged', quote: quoteOf(res.record) });
    },
  };
}
