// The frame channel over real MessageChannels (Node's): the frame takes exactly one port, from
// its parent, with its key; messages posted before the channel opens arrive; both ends drop
// what fails their check; a reload of the frame gets a fresh channel.
import { MessageChannel as NodeMessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  acceptFrameChannel,
  channelKeyOf,
  type ChannelPort,
  type FrameWindow,
  newChannelKey,
  offerFrameChannel,
  originOf,
  withChannelKey,
} from './frame-channel';

type Listener = (ev: { data: unknown; source: unknown; ports: readonly unknown[] }) => void;

/** A frame window the test posts to, with the page window as its parent. */
function fakeFrameWindow(parent: object) {
  const listeners = new Set<Listener>();
  const win: FrameWindow = {
    parent,
    addEventListener: (_t, cb) => void listeners.add(cb),
    removeEventListener: (_t, cb) => void listeners.delete(cb),
  };
  const deliver = (data: unknown, source: unknown, ports: unknown[] = []) => {
    for (const l of [...listeners]) l({ data, source, ports });
  };
  return { win, deliver, listening: () => listeners.size };
}

/** Node's MessagePort has the platform's `onmessage` with `{ data }` events. */
const nodeChannel = () => new NodeMessageChannel() as unknown as { port1: ChannelPort; port2: ChannelPort };

/** Resolves with the next `n` messages `end` hears. */
function next<T>(end: { onMessage(cb: (m: T) => void): void }, n = 1): Promise<T[]> {
  const got: T[] = [];
  return new Promise((resolve) => {
    end.onMessage((m) => {
      got.push(m);
      if (got.length === n) resolve(got);
    });
  });
}

const asString = (m: unknown) => (typeof m === 'string' ? m : null);

describe('frame channel keys and URLs', () => {
  it('makes 128-bit hex keys that differ, and carries them in the hash', () => {
    const a = newChannelKey(globalThis.crypto);
    const b = newChannelKey(globalThis.crypto);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    const url = withChannelKey('chrome-extension://abc/card.html#old', a);
    expect(url).toBe(`chrome-extension://abc/card.html#channel=${a}`);
    expect(channelKeyOf(new URL(url).hash)).toBe(a);
    expect(channelKeyOf('')).toBe('');
    expect(originOf('moz-extension://1234-ab/card.html')).toBe('moz-extension://1234-ab');
  });
});

describe('the frame end', () => {
  it('takes the first hand-over from its parent with its key, then ignores any other', async () => {
    const parent = {};
    const { win, deliver, listening } = fakeFrameWindow(parent);
    const frame = acceptFrameChannel<string, string>(win, 'k', asString);
    const page = nodeChannel();
    const forged = nodeChannel();
    // Wrong key, wrong source, no port, two ports: all ignored.
    deliver({ type: 'gloss-frame-channel', key: 'guess' }, parent, [forged.port2]);
    deliver({ type: 'gloss-frame-channel', key: 'k' }, {}, [forged.port2]);
    deliver({ type: 'gloss-frame-channel', key: 'k' }, parent, []);
    deliver({ type: 'gloss-frame-channel', key: 'k' }, parent, [forged.port2, page.port2]);
    expect(listening()).toBe(1);
    // Posted before the channel opens: kept, then delivered.
    frame.post('early');
    deliver({ type: 'gloss-frame-channel', key: 'k' }, parent, [page.port2]);
    expect(listening()).toBe(0);
    // A later hand-over (even a well-formed one) finds no listener.
    deliver({ type: 'gloss-frame-channel', key: 'k' }, parent, [forged.port2]);
    const heard: unknown[] = [];
    const early = new Promise<unknown>((resolve) => {
      page.port1.onmessage = (ev) => {
        heard.push(ev.data);
        resolve(ev.data);
      };
    });
    expect(await early).toBe('early');
    const got = next(frame, 2);
    page.port1.postMessage(42); // fails the check: dropped
    page.port1.postMessage('one');
    page.port1.postMessage('two');
    expect(await got).toEqual(['one', 'two']);
    frame.close();
    page.port1.close();
    forged.port1.close();
  });
});

describe('the content script end', () => {
  it('hands a port to the frame on each load, to the frame origin only, and queues until then', async () => {
    const posted: { msg: unknown; origin: string; ports: unknown[] }[] = [];
    const frameWindow = {
      postMessage: (msg: unknown, origin: string, ports: unknown[]) => posted.push({ msg, origin, ports }),
    };
    const loads: Array<() => void> = [];
    const iframe = {
      contentWindow: frameWindow,
      addEventListener: (_t: string, cb: () => void) => loads.push(cb),
      removeEventListener: () => undefined,
    } as unknown as HTMLIFrameElement;
    const content = offerFrameChannel<string, string>(iframe, 'chrome-extension://abc', 'k', asString, {
      MessageChannel: NodeMessageChannel as never,
    });
    content.post('before load');
    loads[0]!();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.msg).toEqual({ type: 'gloss-frame-channel', key: 'k' });
    expect(posted[0]!.origin).toBe('chrome-extension://abc');
    const framePort = posted[0]!.ports[0] as ChannelPort;
    const first = new Promise((resolve) => {
      framePort.onmessage = (ev) => resolve(ev.data);
    });
    expect(await first).toBe('before load');
    const heard = next(content);
    framePort.postMessage({ not: 'a string' });
    framePort.postMessage('resize');
    expect(await heard).toEqual(['resize']);
    // The frame reloaded (a new document): a fresh port; the old one is closed.
    loads[0]!();
    expect(posted).toHaveLength(2);
    expect(posted[1]!.ports[0]).not.toBe(framePort);
    content.close();
    framePort.close();
  });
});
