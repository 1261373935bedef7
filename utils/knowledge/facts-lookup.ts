// Wikidata facts for an entity with a Wikidata id: cache → entity (P31 must fit the type) →
// labels of the ids the facts refer to. Cached facts are served, flagged stale, when the
// network fails. Aborts reject with an AbortError.
import type { MarkedEntityType } from '../model/types';
import { wikiLang } from './endpoints';
import { failure, isEntityType, type LookupDeps } from './lookup';
import { type Facts, type FactsResult, isAbortError, OfflineError } from './types';
import { applyLabels, extractFacts, instanceOf, typeMatches } from './wikidata-facts';
import { fetchEntity, fetchLabels } from './wikidata';
import { toQid } from './wikipedia';

/** What a facts lookup needs: a Background has all of it. */
export interface FactsRequest {
  wikidataId?: string;
  type: MarkedEntityType;
  lang: string;
}

/** Facts for `entity`. Rejects only with an AbortError. */
export async function lookUpFacts(deps: LookupDeps, entity: FactsRequest, signal?: AbortSignal): Promise<FactsResult> {
  const { ctx, cache, ttl, now } = deps;
  const qid = toQid(entity.wikidataId);
  if (!qid) return { status: 'not-found' };
  if (!isEntityType(entity.type)) return { status: 'error', message: 'unsupported entity type' };
  const lang = wikiLang(entity.lang);
  const key = `facts:${lang}:${entity.type}:${qid}`;
  const cached = await cache.read<Facts | null>(key, ttl.facts);
  if (cached?.fresh) {
    return cached.data ? { status: 'ok', value: cached.data, fetchedAt: cached.at } : { status: 'not-found' };
  }
  try {
    const ent = await fetchEntity(ctx, qid, lang, signal);
    const p31 = ent ? instanceOf(ent.claims) : [];
    if (!ent || !typeMatches(entity.type, p31)) {
      await cache.write<Facts | null>(key, null);
      return { status: 'not-found' };
    }
    const extracted = extractFacts(ent.claims, entity.type, now());
    let labels = new Map<string, string>();
    try {
      labels = await fetchLabels(ctx, extracted.referencedIds, lang, signal);
    } catch (err) {
      // Facts with ids instead of names are still facts; only offline/abort end it.
      if (isAbortError(err) || err instanceof OfflineError) throw err;
    }
    const facts: Facts = {
      wikidataId: qid,
      type: entity.type,
      instanceOf: p31,
      facts: applyLabels(extracted.facts, labels),
    };
    if (ent.label) facts.label = ent.label;
    await cache.write<Facts | null>(key, facts);
    return { status: 'ok', value: facts, fetchedAt: now() };
  } catch (err) {
    if (isAbortError(err)) throw err;
    if (cached?.data) {
      return {
        status: 'ok',
        value: cached.data,
        fetchedAt: cached.at,
        stale: true,
        offline: err instanceof OfflineError,
      };
    }
    return failure(err);
  }
}
