// Note frame entry: connects the typed 'gloss-note' Port (utils/adapters/messaging.ts); the
// background sends the highlight's quote and note, the frame answers with `save` or `cancel`.
import { render } from 'preact';
import { NoteEditor } from '@/components/note/NoteEditor';
import { connectFramePort } from '@/utils/adapters/messaging';
import './note.css';

const port = connectFramePort('gloss-note');
const root = document.getElementById('app')!;

port.onMessage((msg) => {
  render(
    <NoteEditor
      quote={msg.quote}
      note={msg.note}
      onSave={(note) => port.post({ type: 'save', note })}
      onCancel={() => port.post({ type: 'cancel' })}
    />,
    root,
  );
});
