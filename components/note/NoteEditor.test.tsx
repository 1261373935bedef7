// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from './NoteEditor';

describe('NoteEditor', () => {
  it('shows the quote as text and saves the typed note', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onSave = vi.fn();
    render(
      <NoteEditor quote={'<img src=x onerror=alert(1)> said Erdogan'} note="old" onSave={onSave} onCancel={() => {}} />,
      root,
    );
    const area = root.querySelector('textarea')!;
    // Mount effects (focus) have run, as before a reader types.
    await vi.waitFor(() => expect(document.activeElement).toBe(area));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')!.textContent).toBe('<img src=x onerror=alert(1)> said Erdogan');
    expect(area.value).toBe('old');
    area.value = 'remember this';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSave).toHaveBeenCalledWith('remember this');
  });

  it('cancels with Escape', () => {
    const root = document.createElement('div');
    const onCancel = vi.fn();
    render(<NoteEditor quote="q" note="" onSave={() => {}} onCancel={onCancel} />, root);
    root.querySelector('form')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalled();
  });
});
