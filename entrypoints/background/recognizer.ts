// The entity engine where it stays warm: the model is fetched from the extension's own
// files and decoded once per background lifetime, as soon as the background starts
// (`preload`), so that the first page does not wait for it (the MV3 service worker may be
// stopped when idle; its next start decodes it again, measured by `npm run bench`).
import { decodeModel, recognize, type NerModel, type Recognition } from '@/utils/entities';
import type { ModelState, RemoteTimes } from '@/utils/model/page-report';

/** A recognition and when it ran (epoch ms, so that the page can place it on its time line). */
export type TimedRecognition = Recognition & { times: RemoteTimes };

export interface Recognizer {
  /** Starts fetching and decoding the model now (a failure is retried by the next page). */
  preload(): void;
  recognize(text: string): Promise<TimedRecognition>;
  /** Milliseconds the last model load took (0 before the first). */
  loadMs(): number;
}

/** `loadBytes` fetches the model file (the background passes a runtime.getURL fetch). */
export function createRecognizer(
  loadBytes: () => Promise<Uint8Array>,
  now: () => number = () => performance.timeOrigin + performance.now(),
): Recognizer {
  let model: Promise<NerModel> | null = null;
  let decoded = false;
  let loadStart = 0;
  let loadEnd = 0;
  const get = () => {
    model ??= (async () => {
      loadStart = now();
      const m = decodeModel(await loadBytes());
      loadEnd = now();
      decoded = true;
      return m;
    })().catch((err) => {
      model = null; // let the next page try again
      throw err;
    });
    return model;
  };
  return {
    preload() {
      get().catch(() => undefined);
    },
    async recognize(text) {
      const received = now();
      const state: ModelState = decoded ? 'warm' : model ? 'loading' : 'cold';
      const m = await get();
      const start = now();
      const out = recognize(text, m);
      const times: RemoteTimes = { received, start, end: now(), model: state };
      if (state !== 'warm') Object.assign(times, { loadStart, loadEnd });
      return { ...out, times };
    },
    loadMs: () => loadEnd - loadStart,
  };
}
