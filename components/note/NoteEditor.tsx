// The note editor for one highlight, shown in the extension-origin note frame so that what
// the reader types never passes through the page's DOM or event listeners.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteEditorProps {
  quote: string;
  note: string;
  onSave(note: string): void;
  onCancel(): void;
}

/** Longest note kept (characters); longer text is cut with a visible count. */
export const MAX_NOTE = 5000;

export function NoteEditor({ quote, note, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(note);
  const area = useRef<HTMLTextAreaElement>(null);
  // The textarea holds the truth: a save right after typing must not miss the last keys.
  const current = () => (area.current?.value ?? text).slice(0, MAX_NOTE);
  useEffect(() => {
    setText(note);
    area.current?.focus();
  }, [note, quote]);
  const shortQuote = quote.length > 140 ? `${quote.slice(0, 140)}…` : quote;
  return (
    <form
      class="note"
      aria-label="Note on your highlight"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(current());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(current());
      }}
    >
      <blockquote>{shortQuote}</blockquote>
      <label for="note-text">Note</label>
      <textarea
        id="note-text"
        ref={area}
        value={text}
        maxLength={MAX_NOTE}
        rows={4}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit">Save note</button>
      </div>
    </form>
  );
}
