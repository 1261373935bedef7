// The note frame's shapes, shared by the background (which sends the quote and saves) and the
// frame (which edits): what goes over the frame's Port, and what the page hears when it closes.
import type { Highlight } from './types';

/** Background → note frame: the highlight's quote and its current note. */
export type NoteFrameMessage = { type: 'note'; quote: string; note: string };

/** Note frame → background: the reader saved or cancelled. */
export type NoteFrameEvent = { type: 'save'; note: string } | { type: 'cancel' };

/** Background → content script: the note frame is done (the saved highlight, or null). */
export type NoteHostEvent = { type: 'note-done'; highlight: Highlight | null; error?: string };
