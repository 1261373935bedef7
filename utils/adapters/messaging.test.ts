// The typed frame Port: only messages that pass the port's check reach listeners, nothing is
// posted after a disconnect, and a port of another name is not accepted.
import { describe, expect, it } from 'vitest';
import { acceptFramePort, type RawPort } from './messaging';

function fakePort(name: string) {
  const listeners: Array<(m: unknown) => void> = [];
  const disconnects: Array<() => void> = [];
  const posted: unknown[] = [];
  const port: RawPort = {
    name,
    postMessage: (m) => posted.push(m),
    onMessage: { addListener: (cb) => listeners.push(cb) },
    onDisconnect: { addListener: (cb) => disconnects.push(cb) },
    disconnect: () => {},
    sender: { url: 'chrome-extension://x/card.html', tab: { id: 4 } },
  };
  return {
    port,
    posted,
    deliver: (m: unknown) => {
      for (const l of listeners) l(m);
    },
    drop: () => {
      for (const d of disconnects) d();
    },
  };
}

describe('acceptFramePort', () => {
  it('accepts only its own port name', () => {
    expect(acceptFramePort('gloss-card', fakePort('gloss-note').port)).toBeNull();
    expect(acceptFramePort('gloss-card', fakePort('gloss-card').port)?.sender?.tab?.id).toBe(4);
  });

  it('hands listeners checked events and drops malformed ones', () => {
    const f = fakePort('gloss-card');
    const port = acceptFramePort('gloss-card', f.port)!;
    const heard: unknown[] = [];
    port.onMessage((ev) => heard.push(ev));
    f.deliver({ type: 'open-link', url: 'file:///etc/passwd' });
    // Size and closing go over the frame's direct channel with the content script, not the Port.
    f.deliver({ type: 'resize', width: 10, height: 20 });
    f.deliver({ type: 'close' });
    f.deliver({ type: 'expand' });
    expect(heard).toEqual([{ type: 'expand' }]);
  });

  it('posts nothing once the other end has gone', () => {
    const f = fakePort('gloss-note');
    const port = acceptFramePort('gloss-note', f.port)!;
    port.post({ type: 'note', quote: 'q', note: 'n' });
    f.drop();
    port.post({ type: 'note', quote: 'q', note: 'm' });
    expect(f.posted).toEqual([{ type: 'note', quote: 'q', note: 'n' }]);
  });
});
