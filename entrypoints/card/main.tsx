// Card page entry (an extension-origin iframe inside the page's Gloss host element): connects
// a Port named 'gloss-card' and starts the card app on it. Models come in as
// `{ type: 'model', model }`; the app's events (expand, close, resize, open-link) go out as is.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EntityList } from '@/components/card/EntityList';
import '@/components/card/card.css';
import { startCardApp, type CardEvent, type CardTransport } from './App';
import type { CardModel } from '@/components/card/Card';

/** The card's port name: the background tells card ports from others by it. */
const PORT_NAME = 'gloss-card';

function isModelMessage(msg: unknown): msg is { type: 'model'; model: CardModel } {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    (msg as { type?: unknown }).type === 'model' &&
    typeof (msg as { model?: unknown }).model === 'object'
  );
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

// The keyboard list of the page's entities (shortcut Alt+Shift+E) shares this frame: a
// `{type:'list', entities}` message shows it instead of the card; a model brings the card back.
const app = document.getElementById('app')!;
const listRoot = document.createElement('div');
listRoot.className = 'gloss-root';
document.body.append(listRoot);
const listSize = new ResizeObserver(() => {
  const r = listRoot.getBoundingClientRect();
  if (connected && r.height > 0)
    port.postMessage({ type: 'resize', width: Math.ceil(r.width), height: Math.ceil(r.height) });
});
listSize.observe(listRoot);
port.onMessage.addListener((msg: unknown) => {
  const m = msg as { type?: string; entities?: unknown };
  if (m?.type === 'list' && Array.isArray(m.entities)) {
    app.hidden = true;
    render(
      <EntityList
        entities={m.entities as never}
        onOpen={(id) => port.postMessage({ type: 'open-entity', id })}
        onClose={() => port.postMessage({ type: 'close' })}
      />,
      listRoot,
    );
  } else if (m?.type === 'model') {
    render(null, listRoot);
    app.hidden = false;
  }
});
