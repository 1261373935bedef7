// The entity page's list of articles read that mention it: date, title (a link when http(s)),
// site and how often it was mentioned, newest first. Text from the history is shown as text.
import { ExternalLink } from '@/components/card/ExternalLink';
import type { EntityArticle } from '@/utils/memory/entity-view';
import { day } from './day';

export interface ArticlesTableProps {
  name: string;
  articles: readonly EntityArticle[];
  /** How many there are in all, when the table lists only the newest of them. */
  of?: number;
  locale?: string;
}

const COLUMNS = ['Read on', 'Article', 'Site', 'Mentions'];

export function ArticlesTable({ name, articles, of, locale }: ArticlesTableProps) {
  return (
    <table class="articles">
      <caption>
        Articles you read that mention {name}, newest first
        {of !== undefined && of > articles.length
          ? ` (the ${articles.length} newest of ${of.toLocaleString('en')})`
          : ''}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {articles.map((a) => {
          const d = day(a.visitedAt, locale);
          return (
            <tr key={a.url}>
              <td>
                <time dateTime={d.iso}>{d.text}</time>
              </td>
              <td>
                <ExternalLink href={a.url}>{a.title || a.url}</ExternalLink>
              </td>
              <td>{a.site}</td>
              <td>{a.mentions}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
