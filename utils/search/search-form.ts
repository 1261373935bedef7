// From the popup's search form to a SearchQuery: date inputs become day bounds, an entity
// name becomes entity keys, empty filters are left out. Pure.
import { entityKey } from '../model/entity-key';
import { MARKED_ENTITY_TYPES, type MarkedEntityType } from '../model/types';
import type { SearchFilters, SearchQuery } from './types';

/** Entity types the filter can ask for; `any` asks for all three. */
export type EntityFilterType = 'any' | MarkedEntityType;

/** The state of the popup's search form. */
export interface SearchForm {
  text: string;
  colors: string[];
  site: string;
  /** `YYYY-MM-DD` from a date input, or ''. */
  from: string;
  to: string;
  entityName: string;
  entityType: EntityFilterType;
  sort: SearchQuery['sort'];
}

export const EMPTY_FORM: SearchForm = {
  text: '',
  colors: [],
  site: '',
  from: '',
  to: '',
  entityName: '',
  entityType: 'any',
  sort: 'relevance',
};

/** Hits per result page. */
export const PAGE_SIZE = 20;

/** Midnight at the start (or the last millisecond, with `end`) of a local calendar day, or undefined. */
export function dayBound(value: string, end = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = end ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59, 999) : new Date(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}

/** The entity keys an entity filter stands for (one per type for `any`). */
export function entityFilterKeys(name: string, type: EntityFilterType): string[] {
  if (!name.trim()) return [];
  const types = type === 'any' ? MARKED_ENTITY_TYPES : [type];
  return types.map((t) => entityKey(t, name));
}

/** The filters of a form; only those that narrow anything are present. */
export function formFilters(form: SearchForm): SearchFilters {
  const filters: SearchFilters = {};
  if (form.colors.length) filters.colors = [...form.colors];
  if (form.site) filters.sites = [form.site];
  const from = dayBound(form.from);
  const to = dayBound(form.to, true);
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  const ids = entityFilterKeys(form.entityName, form.entityType);
  if (ids.length) filters.entityIds = ids;
  return filters;
}

/** How many filters narrow the search (for the "Filters (2)" summary). */
export function activeFilterCount(form: SearchForm): number {
  const f = formFilters(form);
  return [f.colors, f.sites, f.from ?? f.to, f.entityIds].filter((x) => x !== undefined).length;
}

/** The query for one result page of a form. */
export function buildQuery(form: SearchForm, offset = 0, limit = PAGE_SIZE): SearchQuery {
  return { text: form.text.trim(), filters: formFilters(form), sort: form.sort, offset, limit };
}
