// Card page entry (an extension-origin iframe inside the page's Gloss host element): connects
// a Port named 'gloss-card' and starts the card app on it. Models come in as
// `{ type: 'model', model }`; the app's events (expand, close, resize, open-link) go out as is.
import { browser } from 'wxt/browser';
import '@/components/card/card.css';
import { startCardApp, type CardEvent, type CardTransport } from './App';
import type { CardModel } from '@/components/card/Card';

/** The card's port name: the background tells card ports from others by it. */
const PORT_NAME = 'gloss-card';

function isModelMessage(msg: unknown): msg is { type: 'model'; model: CardModel } {
  return typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'model' && typeof (msg as { model?: unknown }).model === 'object';
}

const port = browser.runtime.connect({ name: PORT_NAME });
let connected = true;
port.onDisconnect.addListener(() => {
  connected = false;
});

const transport: CardTransport = {
  onModel(cb) {
    port.onMessage.addListener((msg: unknown) => {
      if (isModelMessage(msg)) cb(msg.model);
    });
  },
  send(event: CardEvent) {
    if (connected) port.postMessage(event);
  },
};

startCardApp(transport);
