// The reader-facing text of anything thrown: an Error's message, or the value as text.

/** `err.message` for an Error, `String(err)` for anything else thrown. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
