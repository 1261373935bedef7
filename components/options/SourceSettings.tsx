// Where cards get their facts: Wikipedia (language), Wikidata, GDELT and, opt-in, Google
// News; and offline/private mode, which turns every network request off.
import { useState } from 'preact/hooks';
import type { SettingsFieldProps } from './GeneralSettings';
import { releaseGoogleNews, requestGoogleNews } from './google-news';
import { Switch } from './Switch';
import { WikiLangField } from './WikiLangField';

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

export interface SourceSettingsProps extends SettingsFieldProps {
  /** Called after the Google News permission was asked for or given back. */
  onPermissionChange?(): void;
}

export function SourceSettings({ settings, save, onPermissionChange }: SourceSettingsProps) {
  const [newsMessage, setNewsMessage] = useState<string | null>(null);

  const onGoogleNews = (e: Event) => {
    const box = e.currentTarget as HTMLInputElement;
    setNewsMessage(null);
    if (!box.checked) {
      void save({ googleNews: false })
        .then(() => releaseGoogleNews())
        .then(() => onPermissionChange?.());
      return;
    }
    // Ask first, synchronously in this click: the browser shows its prompt only for a gesture.
    const asked = requestGoogleNews();
    box.checked = false; // stays off until the permission is granted
    void asked.then(async (granted) => {
      onPermissionChange?.();
      if (granted) await save({ googleNews: true });
      else setNewsMessage('Permission to read news.google.com was not given, so Google News stays off.');
    });
  };

  return (
    <>
      <Switch checked={settings.offline} onChange={(on) => void save({ offline: on })} describedBy="offline-help">
        Offline/private mode
      </Switch>
      <p class="help" id="offline-help">
        Gloss makes no network request at all. Cards show only what is already cached; related news is not fetched.
      </p>
      <fieldset>
        <legend>Sources</legend>
        {settings.offline && (
          <p class="note" role="note">
            Offline/private mode is on: none of these sources is contacted.
          </p>
        )}
        <p class="help">Only an entity's name, type and language are sent, never the text of the page.</p>
        <WikiLangField value={settings.wikipediaLang} save={(code) => void save({ wikipediaLang: code })} />
        <label class="check">
          <input
            type="checkbox"
            checked={settings.wikidataFacts}
            onChange={(e) => void save({ wikidataFacts: checked(e) })}
          />
          Wikidata facts (office, party, born; country, population)
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.gdelt} onChange={(e) => void save({ gdelt: checked(e) })} />
          Related news from GDELT
        </label>
        <label class="check">
          <input
            type="checkbox"
            id="google-news"
            checked={settings.googleNews}
            onChange={onGoogleNews}
            aria-describedby="google-news-help"
          />
          Related news from Google News
        </label>
        <p class="help" id="google-news-help">
          Off unless you switch it on; asks for permission to read news.google.com. Google News allows personal,
          non-commercial use only.
        </p>
        {newsMessage && (
          <p class="error" role="alert">
            {newsMessage}
          </p>
        )}
      </fieldset>
    </>
  );
}
