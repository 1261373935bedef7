// A link that leaves the card: only for http(s) URLs, always in a new tab without an opener or
// a referrer. Anything else (javascript:, data:, relative junk) is rendered as plain text.
import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '@/utils/knowledge/sanitize';

export interface ExternalLinkProps {
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
  'aria-label'?: string;
}

/** `<a target="_blank" rel="noopener noreferrer">` for http(s) URLs, a `<span>` otherwise. */
export function ExternalLink({ href, children, class: className, 'aria-label': label }: ExternalLinkProps) {
  const url = safeHttpUrl(href);
  if (!url) return <span class={className}>{children}</span>;
  return (
    <a
      class={className}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
      aria-label={label}
    >
      {children}
    </a>
  );
}
