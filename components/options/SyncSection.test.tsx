// @vitest-environment happy-dom
// The sync section: what is asked before sync goes on, what the reader is told.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $, byText, click, mount, type, unmountAll, waitFor } from '../popup/test-helpers';
import { type SyncStatus, syncOffStatus } from '@/utils/model/sync';
import { SyncSection, type SyncActions } from './SyncSection';
import { originPattern } from './sync-client';

afterEach(unmountAll);

const OFF: SyncStatus = syncOffStatus();

const actions = (over: Partial<SyncActions> = {}): SyncActions => ({
  requestOrigin: vi.fn(async () => true),
  test: vi.fn(async () => ({ ok: true as const, version: '3.3.3' })),
  setup: vi.fn(async () => ({ ok: true as const, firstDevice: true })),
  syncNow: vi.fn(async () => ({ ok: true as const })),
  disable: vi.fn(async () => undefined),
  ...over,
});

function fill(root: HTMLElement, pass = 'long passphrase') {
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input')];
  type(inputs[0]!, 'http://127.0.0.1:5984');
  type(inputs[2]!, 'reader');
  type(inputs[3]!, 'pw');
  type(inputs[4]!, pass);
  type(inputs[5]!, pass);
}

describe('SyncSection', () => {
  it('does not turn sync on before the reader confirms that a lost passphrase cannot be recovered', async () => {
    const a = actions();
    const root = mount(<SyncSection status={OFF} actions={a} />);
    fill(root);
    click(byText(root, 'button', 'Turn sync on'));
    await waitFor(() => expect($(root, '[role="alert"]').textContent).toMatch(/lost passphrase/));
    expect(a.setup).not.toHaveBeenCalled();
    click($(root, 'input[aria-describedby="sync-passphrase-help"]'));
    click(byText(root, 'button', 'Turn sync on'));
    await waitFor(() => expect($(root, '[role="status"]').textContent).toMatch(/first device/));
    expect(a.requestOrigin).toHaveBeenCalledWith('http://127.0.0.1:5984');
    expect(a.setup).toHaveBeenCalledWith(
      expect.objectContaining({
        passphrase: 'long passphrase',
        createDatabase: false,
        history: false,
        siteLists: false,
      }),
    );
  });

  it('offers to create a missing database, and creates it only when asked', async () => {
    const setup = vi.fn(async (req: { createDatabase?: boolean }) =>
      req.createDatabase
        ? { ok: true as const, firstDevice: true }
        : { ok: false as const, kind: 'no-database', message: 'The database "gloss" does not exist on this server.' },
    );
    const root = mount(<SyncSection status={OFF} actions={actions({ setup })} />);
    fill(root);
    click($(root, 'input[aria-describedby="sync-passphrase-help"]'));
    click(byText(root, 'button', 'Turn sync on'));
    await waitFor(() => expect($(root, '[role="alert"]').textContent).toMatch(/does not exist/));
    click(byText(root, 'button', 'Create the database “gloss” and turn sync on'));
    await waitFor(() => expect(setup).toHaveBeenLastCalledWith(expect.objectContaining({ createDatabase: true })));
  });

  it('says so when the permission for the server is refused, and sends nothing', async () => {
    const a = actions({ requestOrigin: vi.fn(async () => false) });
    const root = mount(<SyncSection status={OFF} actions={a} />);
    fill(root);
    click(byText(root, 'button', 'Test connection'));
    await waitFor(() => expect($(root, '[role="alert"]').textContent).toMatch(/needs your permission/));
    expect(a.test).not.toHaveBeenCalled();
  });

  it('shows last sync, pending changes, the error, progress and notices when on', () => {
    const root = mount(
      <SyncSection
        status={{
          ...OFF,
          state: 'retrying',
          server: 'http://127.0.0.1:5984',
          db: 'gloss',
          lastSyncAt: 0,
          pending: 1234,
          error: 'The server cannot be reached; changes wait here and are sent when it is back.',
          retryAt: 60_000,
          progress: { phase: 'sending', done: 500, total: 10_000 },
          notices: ['A highlight you deleted was edited on another device meanwhile, so it was kept: “x”.'],
        }}
        actions={actions()}
      />,
    );
    expect($(root, '.sync-status').textContent).toMatch(/Pending changes: 1,234\./);
    expect($(root, '[role="alert"]').textContent).toMatch(/cannot be reached/);
    expect($(root, 'progress').getAttribute('value')).toBe('500');
    expect(root.textContent).toMatch(/edited on another device/);
  });
});

describe('originPattern', () => {
  it('asks for the one host of the server, any port, http(s) only', () => {
    expect(originPattern('https://couch.example.org:6984/base')).toBe('https://couch.example.org/*');
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
    expect(originPattern('ftp://x')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });
});
