// A direct channel between the content script and its extension-origin frame (card.html), as
// hypothesis/client links its frames: the content script makes a MessageChannel and hands one
// port to the frame with `postMessage(handover, <extension origin>, [port])`. A port transferred
// to a cross-origin frame with a fixed target origin is out of the page's reach: page scripts
// can neither read what goes over it nor post on it. The frame accepts one port only, from its
// parent window, with the key that the content script put in the frame's URL hash (page scripts
// cannot read a cross-origin frame's URL, and Gloss's frames sit in a closed shadow root), then
// ignores every later hand-over. Both ends drop messages that fail their shape check
// (utils/policy/frame-messages.ts) and keep what is posted before the channel opens.
import { FRAME_CHANNEL_PARAM, type FrameChannelHandover } from '../model/frame-channel';
import { parseFrameChannelHandover } from '../policy/frame-messages';

/** One end of a frame channel: posts `Out`, hears only well-formed `In`. */
export interface ChannelEnd<Out, In> {
  post(msg: Out): void;
  onMessage(cb: (msg: In) => void): void;
  close(): void;
}

/** The MessagePort surface both ends use (the platform's, or a fake in tests). */
export interface ChannelPort {
  postMessage(msg: unknown): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
  close(): void;
}

/** A random channel key (128 bits, hex). */
export function newChannelKey(crypto: Pick<Crypto, 'getRandomValues'>): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `url` with the channel key in its hash. */
export function withChannelKey(url: string, key: string): string {
  return `${url.replace(/#.*$/, '')}#${FRAME_CHANNEL_PARAM}=${key}`;
}

/** The channel key of a frame's URL hash ('' when there is none). */
export function channelKeyOf(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get(FRAME_CHANNEL_PARAM) ?? '';
}

/** The origin of an extension URL (`chrome-extension://id`, `moz-extension://uuid`). */
export function originOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(url)?.[0] ?? url;
}

/** Both ends' shared part: a queue until a port is there, then checked messages to listeners. */
function channelEnd<Out, In>(check: (msg: unknown) => In | null) {
  let port: ChannelPort | null = null;
  let queue: Out[] = [];
  const listeners: Array<(msg: In) => void> = [];
  const end: ChannelEnd<Out, In> & { attach(p: ChannelPort): void } = {
    post(msg) {
      if (port) port.postMessage(msg);
      else queue.push(msg);
    },
    onMessage(cb) {
      listeners.push(cb);
    },
    close() {
      port?.close();
      port = null;
      queue = [];
      listeners.length = 0;
    },
    attach(p) {
      port?.close();
      port = p;
      p.onmessage = (ev) => {
        const m = check(ev.data);
        if (m !== null) for (const l of listeners) l(m);
      };
      const pending = queue;
      queue = [];
      for (const msg of pending) p.postMessage(msg);
    },
  };
  return end;
}

export interface OfferOptions {
  /** MessageChannel constructor (the global one by default). */
  MessageChannel?: new () => { port1: ChannelPort; port2: unknown };
}

/**
 * The content script's end: each time `iframe` loads, a fresh channel is made and one port is
 * handed to the frame (to `frameOrigin` only, with `key`). Messages posted before are kept.
 */
export function offerFrameChannel<Out, In>(
  iframe: HTMLIFrameElement,
  frameOrigin: string,
  key: string,
  check: (msg: unknown) => In | null,
  options: OfferOptions = {},
): ChannelEnd<Out, In> {
  const end = channelEnd<Out, In>(check);
  const Channel = options.MessageChannel ?? (MessageChannel as unknown as NonNullable<OfferOptions['MessageChannel']>);
  const onLoad = () => {
    const target = iframe.contentWindow;
    if (!target) return;
    const channel = new Channel();
    const handover: FrameChannelHandover = { type: 'gloss-frame-channel', key };
    // The fixed target origin: if the page navigated the frame elsewhere, nothing is delivered.
    target.postMessage(handover, frameOrigin, [channel.port2 as Transferable]);
    end.attach(channel.port1);
  };
  iframe.addEventListener('load', onLoad);
  return {
    post: end.post,
    onMessage: end.onMessage,
    close() {
      iframe.removeEventListener('load', onLoad);
      end.close();
    },
  };
}

/** What the frame's end needs of its window. */
export interface FrameWindow {
  readonly parent: unknown;
  addEventListener(
    type: 'message',
    cb: (ev: { data: unknown; source: unknown; ports: readonly unknown[] }) => void,
  ): void;
  removeEventListener(
    type: 'message',
    cb: (ev: { data: unknown; source: unknown; ports: readonly unknown[] }) => void,
  ): void;
}

/**
 * The frame's end: accepts the first hand-over that comes from the parent window with `key`
 * and exactly one port; every other window message, and every later hand-over, is ignored.
 */
export function acceptFrameChannel<Out, In>(
  win: FrameWindow,
  key: string,
  check: (msg: unknown) => In | null,
): ChannelEnd<Out, In> {
  const end = channelEnd<Out, In>(check);
  const onMessage = (ev: { data: unknown; source: unknown; ports: readonly unknown[] }) => {
    if (ev.source !== win.parent || ev.ports.length !== 1) return;
    if (!parseFrameChannelHandover(ev.data, key)) return;
    win.removeEventListener('message', onMessage);
    end.attach(ev.ports[0] as ChannelPort);
  };
  win.addEventListener('message', onMessage);
  return {
    post: end.post,
    onMessage: end.onMessage,
    close() {
      win.removeEventListener('message', onMessage);
      end.close();
    },
  };
}
