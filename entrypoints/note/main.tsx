// Note frame entry: connects a Port named 'gloss-note'; the background sends the highlight's
// quote and note, the frame answers with `save` or `cancel`.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NoteEditor } from '@/components/note/NoteEditor';
import './note.css';

const port = browser.runtime.connect({ name: 'gloss-note' });
const root = document.getElementById('app')!;

port.onMessage.addListener((msg: unknown) => {
  const m = msg as { type?: string; quote?: unknown; note?: unknown };
  if (m?.type !== 'note' || typeof m.quote !== 'string' || typeof m.note !== 'string') return;
  render(
    <NoteEditor
      quote={m.quote}
      note={m.note}
      onSave={(note) => port.postMessage({ type: 'save', note })}
      onCancel={() => port.postMessage({ type: 'cancel' })}
    />,
    root,
  );
});
