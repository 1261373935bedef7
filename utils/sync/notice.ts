// Things sync tells the reader about (the options page's status line lists them): what the
// bridge reports, and the sentence the reader sees for each.

/** Something the reader should be told about. */
export type SyncNotice =
  | { kind: 'delete-overridden'; quote: string }
  | { kind: 'notes-merged'; quote: string }
  | { kind: 'unreadable'; count: number };

/** The notice as a sentence for the status line. */
export function noticeText(n: SyncNotice): string {
  if (n.kind === 'delete-overridden')
    return `A highlight you deleted was edited on another device meanwhile, so it was kept: “${n.quote}”.`;
  if (n.kind === 'notes-merged')
    return `A highlight was edited on two devices at once; both notes were kept: “${n.quote}”.`;
  return `${n.count} synced record${n.count === 1 ? '' : 's'} could not be decrypted with this passphrase and were skipped.`;
}
