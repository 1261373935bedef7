// The options page: settings (applied live), keyboard shortcuts, export, import, deleting
// everything, and permissions. Wires the sections to the settings item and the background.
import { useSave } from '@/components/options/use-save';
import { useSettings } from '@/components/options/use-settings';
import { DeleteSection } from '@/components/options/DeleteSection';
import { ExportSection } from '@/components/options/ExportSection';
import { GeneralSettings } from '@/components/options/GeneralSettings';
import { useGoogleNewsPermission } from '@/components/options/google-news';
import { HistorySettings } from '@/components/options/HistorySettings';
import { ImportSection } from '@/components/options/ImportSection';
import { PermissionsSection } from '@/components/options/PermissionsSection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { SourceSettings } from '@/components/options/SourceSettings';
import { Section } from '@/components/options/Section';
import { SyncSection } from '@/components/options/SyncSection';
import { syncActions, useSyncStatus } from '@/components/options/sync-client';

export function App() {
  const settings = useSettings();
  const { save, status } = useSave();
  const permission = useGoogleNewsPermission();
  const sync = useSyncStatus();

  return (
    <main class="options">
      <h1>Gloss options</h1>
      <p>
        <a href="/welcome.html" id="welcome-link">
          Welcome and privacy
        </a>
        : what Gloss does, on a sample story, and exactly what leaves your device.
      </p>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <p class="help">Changes apply at once, on open pages too.</p>
        {settings === null ? (
          <p aria-busy="true">Loading…</p>
        ) : (
          <>
            <GeneralSettings settings={settings} save={save} />
            <SourceSettings settings={settings} save={save} onPermissionChange={permission.refresh} />
            <HistorySettings settings={settings} save={save} />
          </>
        )}
      </section>
      <Section id="sync-heading" title="Sync">
        <SyncSection status={sync.status} actions={syncActions(sync.refresh)} />
      </Section>
      <Section id="shortcuts-heading" title="Keyboard shortcuts">
        <ShortcutsSection />
      </Section>
      <Section id="export-heading" title="Export">
        <ExportSection />
      </Section>
      <Section id="import-heading" title="Import">
        <ImportSection />
      </Section>
      <Section id="delete-heading" title="Delete everything">
        <DeleteSection />
      </Section>
      <Section id="permissions-heading" title="Permissions">
        <PermissionsSection googleNewsGranted={permission.granted} googleNewsOn={settings?.googleNews ?? false} />
      </Section>
      <div class="save-bar">{status}</div>
    </main>
  );
}
