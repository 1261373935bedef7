// Saving a settings change from the options page and confirming it. Settings apply live
// through storage, so there is no Save button; a short "Saved" (or the error) tells the
// reader the change took.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateSettings } from '@/utils/adapters/settings';
import type { Settings } from '@/utils/model/settings';
import { messageOf } from '@/utils/model/message-of';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** How long "Saved" stays visible. */
export const SAVED_MS = 2500;

/** A save function and the status line that confirms it. */
export function useSave(): { save(patch: Partial<Settings>): Promise<boolean>; status: JSX.Element } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (patch: Partial<Settings>) => {
    clearTimeout(timer.current);
    try {
      await updateSettings(patch);
      setState({ kind: 'saved' });
      timer.current = setTimeout(() => setState({ kind: 'idle' }), SAVED_MS);
      return true;
    } catch (err) {
      setState({ kind: 'error', message: messageOf(err) });
      return false;
    }
  };

  const status = (
    <p class={state.kind === 'error' ? 'save-status error' : 'save-status'} role="status">
      {state.kind === 'saved' ? 'Saved' : state.kind === 'error' ? `Not saved: ${state.message}` : ''}
    </p>
  );
  return { save, status };
}
