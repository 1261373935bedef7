// Sync set-up, while sync is off: the server, database, user, password and the encryption
// passphrase, with "Test connection" and "Turn sync on" (after the reader has confirmed that
// a lost passphrase means the synced copy cannot be read back).
import type { ComponentChildren } from 'preact';
import type { SyncSetup } from './use-sync-setup';

export function SyncSetupForm({ setup, feedback }: { setup: SyncSetup; feedback: ComponentChildren }) {
  return (
    <form
      class="sync"
      onSubmit={(e) => {
        e.preventDefault();
        void setup.turnOn();
      }}
    >
      <p class="help">
        Keep your highlights, notes and colors the same on every device and in both browsers, through a CouchDB server
        you own (docs/sync.md). Everything is encrypted on this device first: the server sees random ids, revisions and
        sizes only.
      </p>
      <label>
        Server address
        <input
          type="url"
          required
          value={setup.server.url}
          onInput={setup.field('url')}
          placeholder="https://couch.example.org:6984"
        />
      </label>
      <label>
        Database
        <input required value={setup.server.db} onInput={setup.field('db')} />
      </label>
      <label>
        User name
        <input required autocomplete="username" value={setup.server.user} onInput={setup.field('user')} />
      </label>
      <label>
        Password
        <input
          type="password"
          required
          autocomplete="current-password"
          value={setup.server.password}
          onInput={setup.field('password')}
        />
      </label>
      <button type="button" disabled={setup.busy} onClick={() => void setup.test()}>
        Test connection
      </button>
      <NewPassword label="Encryption passphrase" value={setup.passphrase} onInput={setup.setPassphrase} />
      <NewPassword label="Passphrase again" value={setup.confirmPass} onInput={setup.setConfirmPass} />
      <p class="help" id="sync-passphrase-help">
        On your other devices, enter the same passphrase. Gloss never stores or sends it: if it is lost, nothing synced
        can be read back — not by you, not by the server's owner, not by Gloss.
      </p>
      <Check checked={setup.understood} onChange={setup.setUnderstood} describedBy="sync-passphrase-help">
        I understand: without this passphrase my synced highlights cannot be read back.
      </Check>
      <Check checked={setup.history} onChange={setup.setHistory}>
        Sync the reading history too
      </Check>
      <Check checked={setup.siteLists} onChange={setup.setSiteLists}>
        Sync the lists of sites where Gloss is on or off too
      </Check>
      <button type="button" disabled={setup.busy} onClick={() => void setup.turnOn()}>
        Turn sync on
      </button>
      {feedback}
    </form>
  );
}

/** A new passphrase field (the browser may offer to generate and keep it). */
function NewPassword({ label, value, onInput }: { label: string; value: string; onInput(v: string): void }) {
  return (
    <label>
      {label}
      <input
        type="password"
        autocomplete="new-password"
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

interface CheckProps {
  checked: boolean;
  onChange(on: boolean): void;
  describedBy?: string;
  children: ComponentChildren;
}

/** A checkbox inside its label. */
function Check({ checked, onChange, describedBy, children }: CheckProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        aria-describedby={describedBy}
      />
      {children}
    </label>
  );
}
