// A site list (deny or allow) as a textarea, one site per line, saved when the reader leaves
// the field; the text is then shown normalized.
import { useEffect, useState } from 'preact/hooks';
import { parseSiteList } from './site-list';

export interface SiteListFieldProps {
  id: string;
  label: string;
  help: string;
  sites: readonly string[];
  onSave(sites: string[]): void;
}

export function SiteListField({ id, label, help, sites, onSave }: SiteListFieldProps) {
  const joined = sites.join('\n');
  const [text, setText] = useState(joined);
  const [invalid, setInvalid] = useState<string[]>([]);
  useEffect(() => setText(joined), [joined]);

  // Reads the element, not state: `change` may follow `input` before a re-render.
  const commit = (e: Event) => {
    const parsed = parseSiteList((e.currentTarget as HTMLTextAreaElement).value);
    setInvalid(parsed.invalid);
    setText(parsed.sites.join('\n'));
    if (parsed.sites.join('\n') !== joined) onSave(parsed.sites);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={id}
        rows={4}
        spellcheck={false}
        autocomplete="off"
        placeholder="example.com"
        aria-describedby={`${id}-help`}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onChange={commit}
      />
      {invalid.length > 0 && (
        <p class="error" role="alert">
          Not a site, ignored: {invalid.join(', ')}
        </p>
      )}
    </div>
  );
}
