// The small highlight toolbar: color buttons, "Note", "Delete", and the undo toast. Plain DOM
// inside Gloss's closed shadow root (it shows nothing private: notes are edited in the
// extension-origin note frame). Keyboard: Tab reaches every button, Esc closes.
import { computePosition, flip, offset, shift, inline } from '@floating-ui/dom';
import { glossHost } from './gloss-host';
import type { HighlightColor } from '@/utils/model/settings';

export interface ToolbarActions {
  color(colorId: string): void;
  note(): void;
  remove?(): void;
  close(): void;
}

export interface Toolbar {
  /** Shows the toolbar next to `range`; `current` marks the color of an existing highlight. */
  show(
    range: Range,
    colors: readonly HighlightColor[],
    actions: ToolbarActions,
    current?: string,
    opts?: { focus?: boolean },
  ): void;
  hide(): void;
  readonly visible: boolean;
  /** A short message with an action ("Highlight deleted — Undo"), gone after `ms`. */
  toast(text: string, actionLabel: string, action: () => void, opts?: { ms?: number; focus?: boolean }): void;
  /** Whether an event target belongs to the toolbar (clicks on it are not page clicks). */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

const CSS = `
.bar, .toast { all: initial; position: fixed; display: flex; gap: 4px; align-items: center; padding: 4px;
  font: 13px/1.2 system-ui, sans-serif; background: #1f2430; color: #fff; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); z-index: 2147483647; }
.bar[hidden], .toast[hidden] { display: none; }
button { appearance: none; margin: 0; border: 0; background: none; cursor: pointer; font: inherit; color: inherit; padding: 4px 8px; border-radius: 6px; }
button:hover, button:focus-visible { background: rgba(255,255,255,.15); outline: 2px solid #8ab4ff; outline-offset: 0; }
button.swatch { width: 18px; height: 18px; padding: 0; border: 2px solid rgba(255,255,255,.6); border-radius: 50%; }
button.swatch[aria-pressed="true"] { border-color: #fff; box-shadow: 0 0 0 2px #8ab4ff; }
.toast { bottom: 16px; left: 50%; transform: translateX(-50%); padding: 8px 12px; gap: 12px; }
@media (prefers-reduced-motion: no-preference) { .bar { transition: opacity .12s; } }
`;

export function createToolbar(doc: Document): Toolbar {
  const { shadow } = glossHost(doc);
  const style = adoptStyles(doc, shadow, CSS);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Gloss highlight');
  bar.hidden = true;
  const toastEl = doc.createElement('div');
  toastEl.className = 'toast';
  toastEl.setAttribute('role', 'status');
  toastEl.hidden = true;
  shadow.append(bar, toastEl);
  let actions: ToolbarActions | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | null = null;

  bar.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions?.close();
    }
    // Enter activates the focused button here rather than by the browser's default action,
    // which Firefox applies only in the focused tab (under WebDriver BiDi another tab held the
    // focus and key presses reached the toolbar without clicking). One click either way: the
    // default is prevented.
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (e.key === 'Enter' && target?.localName === 'button') {
      e.preventDefault();
      e.stopPropagation();
      target.click();
    }
  });

  const button = (label: string, text: string, onClick: () => void, cls?: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    b.textContent = text;
    if (cls) b.className = cls;
    // mousedown would move the selection away before click: keep it.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    return b;
  };

  return {
    show(range, colors, a, current, opts = {}) {
      actions = a;
      bar.replaceChildren(
        ...colors.map((c) => {
          const b = button(
            current ? `Change color to ${c.name}` : `Highlight ${c.name}`,
            '',
            () => a.color(c.id),
            'swatch',
          );
          b.style.background = c.css;
          if (current) b.setAttribute('aria-pressed', String(c.id === current));
          return b;
        }),
        button(current ? 'Edit note' : 'Highlight and add a note', 'Note', () => a.note()),
        ...(a.remove ? [button('Delete highlight', 'Delete', () => a.remove!())] : []),
      );
      bar.hidden = false;
      const reference = {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => Array.from(range.getClientRects()),
      };
      void computePosition(reference, bar, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [inline(), offset(8), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        bar.style.left = `${Math.round(x)}px`;
        bar.style.top = `${Math.round(y)}px`;
        // Opened on an existing highlight: focus moves into the toolbar (Tab, Enter, Esc).
        if (opts.focus) bar.querySelector('button')?.focus();
      });
    },
    hide() {
      bar.hidden = true;
      actions = null;
    },
    get visible() {
      return !bar.hidden;
    },
    toast(text, actionLabel, action, { ms = 8000, focus = false } = {}) {
      if (toastTimer) clearTimeout(toastTimer);
      const label = doc.createElement('span');
      label.textContent = text;
      toastEl.replaceChildren(
        label,
        button(actionLabel, actionLabel, () => {
          toastEl.hidden = true;
          action();
        }),
      );
      toastEl.hidden = false;
      if (focus) toastEl.querySelector('button')?.focus();
      toastTimer = setTimeout(() => (toastEl.hidden = true), ms);
    },
    contains: (node) => node === glossHost(doc).host,
    destroy() {
      style?.remove();
      bar.remove();
      toastEl.remove();
      if (toastTimer) clearTimeout(toastTimer);
    },
  };
}

/**
 * Gives `shadow` the stylesheet `css`: a constructed sheet where the browser has them (not
 * subject to the page's style-src CSP, unreachable in a closed root), else a `<style>`
 * element, which is returned so that it can be removed.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): HTMLStyleElement | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && 'adoptedStyleSheets' in shadow && typeof win.CSSStyleSheet === 'function') {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return null;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return style;
}
