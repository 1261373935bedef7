// Sync benchmark (docs/sync.md), in Node against the loopback CouchDB-compatible server
// (express-pouchdb, in memory) with the extension's own sync engine, bridge and highlight
// store over fake-indexeddb: the encryption cost per record, the key derivation, the first
// sync of 10,000 highlights to an empty server (and 100,000 with SYNC_BENCH_100K=1), the
// process heap during it, and how long an edit on one device takes to be stored on the other
// while both are running. Node, not a browser: the heap is the whole process (server and
// client), and propagation ends when the row is in the other device's database (the page
// redraw after it is one message).
//
// Usage: npx tsx bench/sync.ts
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { startCouchServer } from '../tests/sync-server/couch-server';
import { makeDevice, newHighlight, type Device } from '../tests/sync-server/devices';
import { waitFor } from '../tests/e2e/harness/wait';
import { createKeys, DEFAULT_ITERATIONS, recordId, sealJson } from '../utils/sync/crypto';
import type { Highlight } from '../utils/model/types';

type Figures = Record<string, number>;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function encryptCost(): Promise<Figures> {
  const t0 = performance.now();
  const { keys } = await createKeys('a passphrase of some length', DEFAULT_ITERATIONS);
  const kdfMs = performance.now() - t0;
  const n = 5000;
  const rows = Array.from({ length: n }, (_, i) => ({ ...newHighlight(i), id: `h${i}`, createdAt: 1, updatedAt: 2 }));
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const h of rows) {
    const id = await recordId(keys, `h:${h.id}`);
    await sealJson(keys, id, { kind: 'highlight', h, by: 'device' });
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    sync_kdf_ms: kdfMs,
    sync_encrypt_us_per_record: ((performance.now() - t1) * 1000) / n,
    sync_encrypt_cpu_us_per_record: (cpu.user + cpu.system) / n,
  };
}

async function initialSync(count: number, server: { url: string }, db: string): Promise<Figures> {
  const a = makeDevice({ batchSize: 250, iterations: DEFAULT_ITERATIONS });
  try {
    const rows: Highlight[] = Array.from({ length: count }, (_, i) => ({
      ...newHighlight(i),
      id: `h${String(i).padStart(7, '0')}`,
      createdAt: 1,
      updatedAt: 2,
    }));
    await a.store.putMany(rows);
    global.gc?.();
    let heapPeak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 100);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await a.engine.setup({
      server: { url: server.url, db, user: 'reader', password: 'pw' },
      passphrase: 'a passphrase of some length',
      createDatabase: true,
    });
    await waitFor(
      async () => {
        const s = await a.engine.status();
        return s.state === 'idle' && s.pending === 0;
      },
      `first sync of ${count}`,
      { timeoutMs: 30 * 60_000, intervalMs: 200 },
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    const k = count >= 100_000 ? '100k' : `${count / 1000}k`;
    return {
      [`sync_initial_${k}_s`]: seconds,
      [`sync_initial_${k}_ms_per_record`]: (seconds * 1000) / count,
      [`sync_initial_${k}_heap_peak_mb`]: heapPeak / 2 ** 20,
      // CPU time of the whole process (client and server): less sensitive to a loaded machine.
      [`sync_initial_${k}_cpu_s`]: (cpu.user + cpu.system) / 1e6,
    };
  } finally {
    await a.close();
  }
}

async function propagation(server: { url: string }): Promise<Figures> {
  const s = { url: server.url, db: 'propagation', user: 'reader', password: 'pw' };
  const a = makeDevice({ iterations: DEFAULT_ITERATIONS });
  const b = makeDevice({ iterations: DEFAULT_ITERATIONS });
  const devices: Device[] = [a, b];
  try {
    await a.engine.setup({ server: s, passphrase: 'pp pp pp pp', createDatabase: true });
    await b.engine.setup({ server: s, passphrase: 'pp pp pp pp' });
    const h = await a.store.create(newHighlight(1));
    await waitFor(() => b.db.highlights.get(h.id), 'first highlight on B', { timeoutMs: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
      const note = `edit ${i}`;
      const t0 = performance.now();
      await from.store.update(h.id, { note });
      await waitFor(async () => (await to.db.highlights.get(h.id))?.note === note, `edit ${i}`, {
        timeoutMs: 60_000,
        intervalMs: 5,
      });
      times.push(performance.now() - t0);
    }
    return { sync_propagation_ms_p95: p95(times), sync_propagation_ms_median: [...times].sort((x, y) => x - y)[15] };
  } finally {
    for (const d of devices) await d.close();
  }
}

export async function benchSync(): Promise<Figures> {
  const server = await startCouchServer({ users: { reader: { password: 'pw', dbs: [], admin: true } } });
  try {
    const out: Figures = { ...(await encryptCost()) };
    Object.assign(out, await propagation(server));
    Object.assign(out, await initialSync(10_000, server, 'initial10k'));
    if (process.env.SYNC_BENCH_100K === '1') Object.assign(out, await initialSync(100_000, server, 'initial100k'));
    return out;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchSync().then(
    (f) => {
      for (const [k, v] of Object.entries(f)) console.log(`${k.padEnd(36)} ${v.toFixed(2)}`);
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
