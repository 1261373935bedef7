// The status board sends copies, keeps the newest 20 notices first, and words each notice.
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../model/sync';
import { noticeText } from './notice';
import { createStatusBoard, MAX_NOTICES } from './status-board';

describe('status board', () => {
  it('emits copies the listener cannot change the live status through', () => {
    const seen: SyncStatus[] = [];
    const board = createStatusBoard((s) => seen.push(s));
    board.st.state = 'syncing';
    board.emit();
    seen[0]!.notices.push('tampered');
    seen[0]!.state = 'error';
    expect(board.st).toMatchObject({ state: 'syncing', notices: [] });
    expect(board.snapshot()).not.toBe(board.st);
  });

  it('keeps the newest notices first, at most 20', () => {
    const board = createStatusBoard();
    for (let i = 1; i <= MAX_NOTICES + 5; i++) board.notice({ kind: 'unreadable', count: i });
    expect(board.st.notices).toHaveLength(MAX_NOTICES);
    expect(board.st.notices[0]).toBe(noticeText({ kind: 'unreadable', count: MAX_NOTICES + 5 }));
  });
});

describe('noticeText', () => {
  it('words each kind, quoting the highlight and counting records', () => {
    expect(noticeText({ kind: 'delete-overridden', quote: 'q' })).toBe(
      'A highlight you deleted was edited on another device meanwhile, so it was kept: “q”.',
    );
    expect(noticeText({ kind: 'notes-merged', quote: 'q' })).toBe(
      'A highlight was edited on two devices at once; both notes were kept: “q”.',
    );
    expect(noticeText({ kind: 'unreadable', count: 1 })).toMatch(/^1 synced record could not/);
    expect(noticeText({ kind: 'unreadable', count: 3 })).toMatch(/^3 synced records could not/);
  });
});
