// The entity engine where it stays warm: the model is fetched from the extension's own
// files and decoded once per background lifetime (the MV3 service worker may be stopped when
// idle; then the next page pays the load again, measured by `npm run bench`).
import { decodeModel, recognize, type NerModel, type Recognition } from '@/utils/entities';

export interface Recognizer {
  recognize(text: string): Promise<Recognition>;
  /** Milliseconds the last model load took (0 before the first). */
  loadMs(): number;
}

/** `loadBytes` fetches the model file (the background passes a runtime.getURL fetch). */
export function createRecognizer(
  loadBytes: () => Promise<Uint8Array>,
  now: () => number = () => performance.now(),
): Recognizer {
  let model: Promise<NerModel> | null = null;
  let lastLoadMs = 0;
  const get = () => {
    model ??= (async () => {
      const t0 = now();
      const m = decodeModel(await loadBytes());
      lastLoadMs = now() - t0;
      return m;
    })().catch((err) => {
      model = null; // let the next page try again
      throw err;
    });
    return model;
  };
  return {
    async recognize(text) {
      return recognize(text, await get());
    },
    loadMs: () => lastLoadMs,
  };
}
