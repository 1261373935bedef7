// The search filters: colors, site, date range, entity and sort order. A disclosure
// (<details>) keeps them out of the way; its summary says how many filters are active.
import type { EntityFilterType, SearchForm } from '@/utils/search/search-form';
import { activeFilterCount } from '@/utils/search/search-form';
import type { HighlightColor } from '@/utils/model/settings';

export interface SearchFiltersProps {
  form: SearchForm;
  colors: readonly HighlightColor[];
  /** Sites the results have shown so far (plus the selected one). */
  sites: readonly string[];
  onChange(patch: Partial<SearchForm>): void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function SearchFilters({ form, colors, sites, onChange }: SearchFiltersProps) {
  const count = activeFilterCount(form);
  const siteOptions = [...new Set([...sites, ...(form.site ? [form.site] : [])])].sort();
  const toggleColor = (id: string, on: boolean) =>
    onChange({ colors: on ? [...form.colors, id] : form.colors.filter((c) => c !== id) });
  return (
    <div class="filters-bar">
      <details class="filters">
        <summary>Filters{count > 0 ? ` (${count})` : ''}</summary>
        <fieldset class="filters__colors">
          <legend>Color</legend>
          {colors.map((c) => (
            <label key={c.id} class="color-choice">
              <input
                type="checkbox"
                checked={form.colors.includes(c.id)}
                onChange={(e) => toggleColor(c.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span class="swatch" style={{ background: c.css }} aria-hidden="true" />
              {c.name}
            </label>
          ))}
        </fieldset>
        <div class="filters__row">
          <label for="filter-site">Site</label>
          <select id="filter-site" value={form.site} onChange={(e) => onChange({ site: value(e) })}>
            <option value="">Any site</option>
            {siteOptions.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="filters__row">
          <label for="filter-from">From</label>
          <input
            id="filter-from"
            type="date"
            value={form.from}
            max={form.to || undefined}
            onChange={(e) => onChange({ from: value(e) })}
          />
          <label for="filter-to">to</label>
          <input
            id="filter-to"
            type="date"
            value={form.to}
            min={form.from || undefined}
            onChange={(e) => onChange({ to: value(e) })}
          />
        </div>
        <div class="filters__row">
          <label for="filter-entity">Entity</label>
          <input
            id="filter-entity"
            type="text"
            value={form.entityName}
            placeholder="e.g. Angela Merkel"
            autocomplete="off"
            onInput={(e) => onChange({ entityName: value(e) })}
          />
          <label for="filter-entity-type" class="visually-hidden">
            Entity type
          </label>
          <select
            id="filter-entity-type"
            value={form.entityType}
            onChange={(e) => onChange({ entityType: value(e) as EntityFilterType })}
          >
            <option value="any">Any type</option>
            <option value="PER">Person</option>
            <option value="LOC">Place</option>
            <option value="ORG">Organization</option>
          </select>
        </div>
      </details>
      <div class="sort">
        <label for="search-sort">Sort</label>
        <select id="search-sort" value={form.sort} onChange={(e) => onChange({ sort: value(e) as SearchForm['sort'] })}>
          <option value="relevance">Relevance</option>
          <option value="date">Newest</option>
        </select>
      </div>
    </div>
  );
}
