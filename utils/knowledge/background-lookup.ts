// Background for an entity, through the chain of design.md: cache → Action API titles=
// (redirects, pageprops) → on missing/disambiguation, generator=search candidates ranked on
// the device → REST summary → Wikidata P31 type check. Cached data is served, flagged, when
// the network fails. Aborts reject with an AbortError.
import type { MarkedEntityType } from '../model/types';
import { wikiLang } from './endpoints';
import { failure, isEntityType, type LookupDeps } from './lookup';
import { contentStems, foldTokens, rankCandidates } from './rank-candidates';
import { cleanText } from './sanitize';
import type { SourceContext } from './scheduler';
import { type Background, type BackgroundRequest, type BackgroundResult, isAbortError, OfflineError } from './types';
import { typeMatches } from './wikidata-facts';
import { fetchInstanceOf } from './wikidata';
import { articleUrl, fetchSummary, resolveTitle, searchCandidates, type WikiPage } from './wikipedia';

/** The cached outcome of resolving a name: the chosen title, or null for "no such entity". */
interface Resolution {
  title: string | null;
}

interface Chosen {
  page: WikiPage;
  typeChecked: boolean;
  viaSearch: boolean;
}

/** Checks P31 for a page; `undefined` = could not check (Wikidata unavailable). */
async function checkType(
  ctx: SourceContext,
  page: WikiPage,
  type: MarkedEntityType,
  signal?: AbortSignal,
): Promise<boolean | undefined> {
  if (!page.wikidataId) return undefined;
  try {
    return typeMatches(type, await fetchInstanceOf(ctx, page.wikidataId, signal));
  } catch (err) {
    // Offline and aborts end the whole lookup; a Wikidata hiccup only skips the check.
    if (isAbortError(err) || err instanceof OfflineError) throw err;
    return undefined;
  }
}

/** Name → chosen page (verified type), or `undefined` when nothing fits. */
async function resolvePage(
  ctx: SourceContext,
  req: BackgroundRequest,
  name: string,
  lang: string,
  signal?: AbortSignal,
): Promise<Chosen | undefined> {
  const direct = await resolveTitle(ctx, lang, name, signal);
  let rejectedTitle: string | undefined;
  if (direct.kind === 'page' && !direct.page.disambiguation) {
    const ok = await checkType(ctx, direct.page, req.type, signal);
    if (ok !== false) return { page: direct.page, typeChecked: ok === true, viaSearch: false };
    rejectedTitle = direct.page.title;
  }
  const candidates = (await searchCandidates(ctx, lang, name, signal)).filter((c) => c.title !== rejectedTitle);
  const ranked = rankCandidates(name, req.type, req.context ?? [], candidates);
  // Each check is a request; three wrong types in a row means the name is not this type.
  for (const r of ranked.slice(0, 3)) {
    const ok = await checkType(ctx, r.candidate, req.type, signal);
    if (ok !== false) return { page: r.candidate, typeChecked: ok === true, viaSearch: true };
  }
  return undefined;
}

async function buildBackground(
  ctx: SourceContext,
  chosen: Chosen,
  type: MarkedEntityType,
  lang: string,
  signal?: AbortSignal,
): Promise<Background> {
  const { page } = chosen;
  let summary: Awaited<ReturnType<typeof fetchSummary>>;
  try {
    summary = await fetchSummary(ctx, lang, page.title, signal);
  } catch (err) {
    // The Action API already gave title, description, extract and thumbnail: a failing
    // summary degrades the card rather than losing it. Offline still ends the lookup.
    if (isAbortError(err) || err instanceof OfflineError) throw err;
    summary = undefined;
  }
  const bg: Background = {
    title: summary?.title ?? page.title,
    extract: summary?.extract || page.extract || '',
    url: summary?.url ?? articleUrl(ctx, lang, page.title) ?? '',
    lang,
    type,
    typeChecked: chosen.typeChecked,
  };
  const description = summary?.description ?? page.description;
  if (description) bg.description = description;
  const thumbnail = summary?.thumbnail ?? page.thumbnail;
  if (thumbnail) bg.thumbnail = thumbnail;
  const qid = page.wikidataId ?? summary?.wikidataId;
  if (qid) bg.wikidataId = qid;
  if (summary?.coordinates) bg.coordinates = summary.coordinates;
  return bg;
}

/** Background for an entity. Rejects only with an AbortError. */
export async function lookUpBackground(
  deps: LookupDeps,
  req: BackgroundRequest,
  signal?: AbortSignal,
): Promise<BackgroundResult> {
  const { ctx, cache, ttl, now } = deps;
  const name = cleanText(req.name, 200);
  if (!name) return { status: 'not-found' };
  if (!isEntityType(req.type)) return { status: 'error', message: 'unsupported entity type' };
  const lang = wikiLang(req.lang);
  const folded = foldTokens(name).join(' ') || name;
  const plainKey = `res:${lang}:${req.type}:${folded}`;
  const contextKey = `${plainKey}#${contextHash(req.context ?? [])}`;
  const bgKey = (title: string) => `bg:${lang}:${req.type}:${title}`;

  // 0. Cache: a context-free resolution (the name was unambiguous) or one for this context.
  const res =
    (await cache.read<Resolution>(plainKey, ttl.background)) ??
    (await cache.read<Resolution>(contextKey, ttl.background));
  const cachedBg = res?.data.title ? await cache.read<Background>(bgKey(res.data.title), ttl.background) : undefined;
  if (res?.fresh) {
    if (res.data.title === null && now() - res.at < ttl.notFound) return { status: 'not-found' };
    if (cachedBg?.fresh) return { status: 'ok', value: cachedBg.data, fetchedAt: cachedBg.at };
  }

  try {
    const chosen = await resolvePage(ctx, req, name, lang, signal);
    if (!chosen) {
      await cache.write<Resolution>(contextKey, { title: null });
      return { status: 'not-found' };
    }
    const bg = await buildBackground(ctx, chosen, req.type, lang, signal);
    await cache.write<Background>(bgKey(bg.title), bg);
    await cache.write<Resolution>(chosen.viaSearch ? contextKey : plainKey, { title: bg.title });
    return { status: 'ok', value: bg, fetchedAt: now() };
  } catch (err) {
    if (isAbortError(err)) throw err;
    if (cachedBg) {
      return {
        status: 'ok',
        value: cachedBg.data,
        fetchedAt: cachedBg.at,
        stale: !cachedBg.fresh,
        offline: err instanceof OfflineError,
      };
    }
    return failure(err);
  }
}

/**
 * A short hash of the context's content words, for cache keys only (FNV-1a, 32 bit):
 * the same page context maps to the same resolution.
 */
export function contextHash(context: readonly string[]): string {
  const stems = new Set<string>();
  for (const c of context) for (const s of contentStems(c)) stems.add(s);
  const text = [...stems].sort().join(' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
