// The welcome page (opened once, on install; linked from the options page): what Gloss does,
// shown live on a bundled sample story; the keyboard shortcuts; exactly what leaves the
// device and when, following the reader's settings; and the way to the settings and export.
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { useSettings } from '@/components/options/use-settings';
import { SampleArticle, type SampleArticleProps } from '@/components/welcome/SampleArticle';
import { WhatLeaves } from '@/components/welcome/WhatLeaves';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';

export interface AppProps {
  recognize: SampleArticleProps['recognize'];
  highlights: SampleArticleProps['highlights'];
}

export function App({ recognize, highlights }: AppProps) {
  const settings = useSettings();
  return (
    <main class="welcome">
      <header>
        <h1>Welcome to Gloss</h1>
        <p class="lead">
          Gloss gives you context where you read the news. On a news article it underlines the people, places and
          organizations it mentions; rest the pointer on a name and a card says who or what it is and what else there is
          to read. Select text to highlight it in a color, with a note: your highlights come back on every visit and you
          can search them from Gloss’s toolbar button.
        </p>
      </header>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">Try it on a sample</h2>
        <p>
          Gloss found the names in this story with its own engine, inside your browser, and underlined them:{' '}
          <span class="legend legend--PER">people</span>, <span class="legend legend--LOC">places</span> and{' '}
          <span class="legend legend--ORG">organizations</span>. Rest the pointer on an underlined name, or use the
          buttons after the story. The cards here are bundled with Gloss, so this page needs no network; on a news page
          the card comes from Wikipedia.
        </p>
        <SampleArticle
          recognize={recognize}
          highlights={highlights}
          showDelayMs={(settings ?? DEFAULT_SETTINGS).hoverDelayMs}
        />
      </section>

      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard shortcuts</h2>
        <ul>
          <li>
            <kbd>Alt+Shift+E</kbd> lists the people, places and organizations of the page you are reading; arrow keys
            choose, <kbd>Enter</kbd> opens a card, <kbd>Esc</kbd> closes it.
          </li>
          <li>
            <kbd>Alt+Shift+H</kbd> highlights the text you selected. Click a highlight for its colors, its note, or to
            delete it (with undo).
          </li>
        </ul>
        <p>These are the keys Gloss suggests; the browser may have given them to something else. Yours are:</p>
        <ShortcutsSection />
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">What leaves your device, and when</h2>
        {settings ? <WhatLeaves settings={settings} /> : <p aria-busy="true">Loading your settings…</p>}
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Your settings and your data</h2>
        <ul class="next">
          <li>
            <a href="/options.html#settings-heading">Open Gloss’s settings</a>: which names to mark, which sites Gloss
            runs on, each outside source, offline/private mode, reading history.
          </li>
          <li>
            <a href="/options.html#export-heading">Export your data</a>: your highlights, notes, reading history and
            settings as a file that imports back into Gloss, or your highlights as Markdown.
          </li>
        </ul>
        <p class="muted">This page stays a click away: “Welcome and privacy” at the top of Gloss’s settings.</p>
      </section>
    </main>
  );
}
