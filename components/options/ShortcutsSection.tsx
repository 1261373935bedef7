// Keyboard shortcuts: the extension's commands and their keys, and the way to the browser's
// own shortcut settings (an extension page cannot link to chrome:// or about: pages).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messageOf } from '@/utils/model/message-of';

export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutsSectionProps {
  /** Which browser this build runs in (WXT's `import.meta.env.BROWSER`). */
  browserName?: string;
}

export function ShortcutsSection({ browserName = import.meta.env.BROWSER }: ShortcutsSectionProps) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firefox = browserName === 'firefox';

  useEffect(() => {
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (list) => setCommands(list ?? []),
        () => setCommands([]),
      );
  }, []);

  const openChromeShortcuts = () => {
    setError(null);
    browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch((err: unknown) => setError(messageOf(err)));
  };

  return (
    <>
      {commands === null ? (
        <p aria-busy="true">Loading…</p>
      ) : commands.length === 0 ? (
        <p>Gloss has no keyboard commands in this browser.</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <td>
                  {c.name === '_execute_action' || c.name === '_execute_browser_action'
                    ? 'Open the Gloss popup'
                    : c.description || c.name}
                </td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">Not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {firefox ? (
        <p>
          To change shortcuts in Firefox, open <code>about:addons</code>, click the gear button and choose “Manage
          Extension Shortcuts”.
        </p>
      ) : (
        <p>
          <button type="button" onClick={openChromeShortcuts}>
            Change shortcuts…
          </button>{' '}
          <span class="muted">Opens the browser's shortcut settings (chrome://extensions/shortcuts).</span>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          Could not open the shortcut settings: {error}. Open chrome://extensions/shortcuts yourself.
        </p>
      )}
    </>
  );
}
