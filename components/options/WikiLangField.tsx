// The Wikipedia language of the cards: "auto" (the article's language) or a language code,
// checked when the reader leaves the field; a bad code is said and not saved.
import { useState } from 'preact/hooks';

/** "auto", or a Wikipedia language code ("en", "de", "simple", "zh-yue", "be-tarask"). */
export const WIKI_LANG = /^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*|simple)$/;

export function WikiLangField({ value, save }: { value: string; save(code: string): void }) {
  const [lang, setLang] = useState(value);
  const [langError, setLangError] = useState<string | null>(null);

  const commitLang = (e: Event) => {
    const code = (e.currentTarget as HTMLInputElement).value.trim().toLowerCase() || 'auto';
    if (!WIKI_LANG.test(code)) {
      setLangError('Enter “auto” or a Wikipedia language code such as en, de or fr.');
      return;
    }
    setLangError(null);
    setLang(code);
    if (code !== value) save(code);
  };

  return (
    <div class="field">
      <label for="wiki-lang">Wikipedia language</label>
      <input
        id="wiki-lang"
        type="text"
        list="wiki-langs"
        value={lang}
        size={10}
        aria-describedby="wiki-lang-help"
        aria-invalid={langError ? 'true' : 'false'}
        onInput={(e) => setLang((e.currentTarget as HTMLInputElement).value)}
        onChange={commitLang}
      />
      <datalist id="wiki-langs">
        {['auto', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'tr', 'ru', 'uk', 'ja', 'zh', 'ar'].map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <p class="help" id="wiki-lang-help">
        “auto” follows the language of the article.
      </p>
      {langError && (
        <p class="error" role="alert">
          {langError}
        </p>
      )}
    </div>
  );
}
