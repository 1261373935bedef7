// Wikidata clients: the P31 type check (wbgetclaims, small), an entity's claims for the
// facts (wbgetentities, large: only on card expand), and labels for the items those facts
// point at (one batched wbgetentities&props=labels).
import { parseJson, type SourceContext } from './scheduler';
import { BadResponseError, RateLimitedError } from './types';
import { isObject, toQid } from './wikipedia';
import { pickLabel, type RawClaims, instanceOf } from './wikidata-facts';

/** An entity's claims and label, as far as facts need them. */
export interface WikidataEntity {
  id: string;
  label?: string;
  claims: RawClaims;
}

async function wikidataGet(ctx: SourceContext, params: Record<string, string>, signal?: AbortSignal) {
  const q = new URLSearchParams({ format: 'json', origin: '*', ...params });
  const backoffKey = ctx.endpoints.wikidata;
  const res = await ctx.scheduler.fetchText({
    url: `${ctx.endpoints.wikidata}/w/api.php?${q.toString()}`,
    backoffKey,
    wikimedia: true,
    signal,
  });
  if (res.status === 404) throw new BadResponseError('Wikidata API not found');
  const body = parseJson(res.text);
  if (!isObject(body)) throw new BadResponseError('Wikidata: not an object');
  if (isObject(body.error)) {
    if (body.error.code === 'ratelimited' || body.error.code === 'maxlag') {
      throw new RateLimitedError(ctx.now() + 60_000, backoffKey);
    }
    // An unknown id is an answer ("no such entity"), not a failure of the service.
    // biome-ignore lint/suspicious/noExplicitAny: API JSON, read field by field by the callers
    if (body.error.code === 'no-such-entity') return { entities: {} } as Record<string, any>;
    throw new BadResponseError(`Wikidata error: ${String(body.error.code).slice(0, 50)}`);
  }
  return body;
}

/** P31 (instance of) ids of `qid`, via wbgetclaims so only that property is transferred. */
export async function fetchInstanceOf(ctx: SourceContext, qid: string, signal?: AbortSignal): Promise<string[]> {
  const body = await wikidataGet(ctx, { action: 'wbgetclaims', entity: qid, property: 'P31' }, signal);
  return instanceOf(isObject(body.claims) ? (body.claims as RawClaims) : undefined);
}

/** Claims and label of `qid`; `undefined` when the entity does not exist. */
export async function fetchEntity(
  ctx: SourceContext,
  qid: string,
  lang: string,
  signal?: AbortSignal,
): Promise<WikidataEntity | undefined> {
  const body = await wikidataGet(
    ctx,
    {
      action: 'wbgetentities',
      ids: qid,
      props: 'labels|claims',
      languages: lang === 'en' ? 'en' : `${lang}|en`,
      languagefallback: '1',
    },
    signal,
  );
  const entity = isObject(body.entities) ? body.entities[qid] : undefined;
  if (!isObject(entity) || 'missing' in entity) return undefined;
  return {
    id: qid,
    label: pickLabel(entity, lang),
    claims: isObject(entity.claims) ? (entity.claims as RawClaims) : {},
  };
}

/**
 * Labels of `ids` in `lang` (English fallback), in one request (ids are capped at the
 * API's 50 per call; facts never reference more).
 */
export async function fetchLabels(
  ctx: SourceContext,
  ids: readonly string[],
  lang: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const valid = [...new Set(ids.map(toQid).filter((x): x is string => x !== undefined))].slice(0, 50);
  const out = new Map<string, string>();
  if (valid.length === 0) return out;
  const body = await wikidataGet(
    ctx,
    {
      action: 'wbgetentities',
      ids: valid.join('|'),
      props: 'labels',
      languages: lang === 'en' ? 'en' : `${lang}|en`,
      languagefallback: '1',
    },
    signal,
  );
  const entities = isObject(body.entities) ? body.entities : {};
  for (const id of valid) {
    const label = pickLabel(entities[id], lang);
    if (label) out.set(id, label);
  }
  return out;
}
