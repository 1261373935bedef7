// Builds the knowledge service from the reader's settings: the base URLs (real services by
// default; tests and the demo point them at the local fake upstream), the Dexie cache, and
// offline/private mode — in which the service gets a fetch that never touches the network,
// so cached cards still show, marked offline, and nothing else is asked.
import { createKnowledgeService, type KnowledgeService } from '@/utils/knowledge';
import type { Endpoints } from '@/utils/knowledge/endpoints';
import type { KnowledgeCache } from '@/utils/knowledge/types';

export class PrivateModeError extends TypeError {
  constructor() {
    super('offline/private mode: Gloss makes no network request');
    this.name = 'PrivateModeError';
  }
}

/** A fetch that fails like a missing network, without making a request. */
export const noNetworkFetch: typeof fetch = async () => {
  throw new PrivateModeError();
};

export function buildKnowledgeService(opts: {
  offline: boolean;
  endpoints: Partial<Endpoints> | null;
  cache: KnowledgeCache;
  fetch?: typeof fetch;
}): KnowledgeService {
  return createKnowledgeService({
    fetch: opts.offline ? noNetworkFetch : (opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args))),
    endpoints: opts.endpoints ?? undefined,
    cache: opts.cache,
  });
}
