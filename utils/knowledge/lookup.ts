// What every knowledge lookup (background, facts, related stories) shares: the sources'
// request context, the stamped cache and its lifetimes, the entity types a lookup accepts,
// and how a failure reads in the UI.
import type { MarkedEntityType } from '../model/types';
import type { SourceContext } from './scheduler';
import type { StampedCache } from './stamped-cache';
import { BadResponseError, HttpError, type KnowledgeResult, OfflineError, RateLimitedError } from './types';

/** Cache lifetimes in milliseconds. */
export interface KnowledgeTtls {
  background: number;
  facts: number;
  related: number;
  /** "No such entity" answers: shorter, since Wikipedia gains articles. */
  notFound: number;
}

/** Defaults: background and facts 7 days, related 30 minutes, not-found 1 day. */
export const DEFAULT_TTLS: Readonly<KnowledgeTtls> = Object.freeze({
  background: 7 * 86_400_000,
  facts: 7 * 86_400_000,
  related: 30 * 60_000,
  notFound: 86_400_000,
});

/** A lookup's dependencies, passed in by the service. */
export interface LookupDeps {
  ctx: SourceContext;
  cache: StampedCache;
  ttl: KnowledgeTtls;
  now: () => number;
}

/** The types a card is looked up for. */
export function isEntityType(t: unknown): t is MarkedEntityType {
  return t === 'PER' || t === 'LOC' || t === 'ORG';
}

/** Maps an error to the status the UI shows. */
export function failure(err: unknown): KnowledgeResult<never> {
  if (err instanceof OfflineError) return { status: 'offline' };
  if (err instanceof RateLimitedError) return { status: 'rate-limited', retryAt: err.retryAt };
  if (err instanceof HttpError) return { status: 'error', message: `The service answered HTTP ${err.status}.` };
  if (err instanceof BadResponseError) return { status: 'error', message: 'The service sent an unreadable answer.' };
  return { status: 'error', message: 'Unexpected error.' };
}
