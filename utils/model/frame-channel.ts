// The hand-over that opens a direct channel between a content script and its extension-origin
// frame (card.html): the content script posts this with one MessagePort transferred, to the
// extension's origin only. `key` is the random secret the content script put in the frame's
// URL hash, which page scripts cannot read: a page can post to the frame, but not this.

/** Content script → frame window: take this port (transferred with the message). */
export interface FrameChannelHandover {
  type: 'gloss-frame-channel';
  key: string;
}

/** The frame URL's hash parameter that carries the channel key. */
export const FRAME_CHANNEL_PARAM = 'channel';
