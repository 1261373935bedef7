// Card page entry (an extension-origin iframe inside the page's Gloss host element): connects
// the typed 'gloss-card' Port (utils/adapters/messaging.ts) and starts the card app on it.
// Models come in as `{ type: 'model', model }`; the app's events (expand, close, resize,
// open-link) go out as is.
import { render } from 'preact';
import { EntityList } from '@/components/card/EntityList';
import '@/components/card/card.css';
import { connectFramePort } from '@/utils/adapters/messaging';
import { CARD_MAX_HEIGHT, CARD_WIDTH } from '@/utils/model/card';
import { startCardApp, type CardTransport } from './App';

// The card's size is declared once (utils/model/card.ts); card.css reads it from here.
document.documentElement.style.setProperty('--gloss-card-width', `${CARD_WIDTH}px`);
document.documentElement.style.setProperty('--gloss-card-max-height', `${CARD_MAX_HEIGHT}px`);

const port = connectFramePort('gloss-card');

const transport: CardTransport = {
  onModel(cb) {
    port.onMessage((msg) => {
      if (msg.type === 'model') cb(msg.model);
    });
  },
  send: (event) => port.post(event),
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
  if (r.height > 0) port.post({ type: 'resize', width: Math.ceil(r.width), height: Math.ceil(r.height) });
});
listSize.observe(listRoot);
port.onMessage((msg) => {
  if (msg.type === 'list') {
    app.hidden = true;
    render(
      <EntityList
        entities={msg.entities}
        onOpen={(id) => port.post({ type: 'open-entity', id })}
        onClose={() => port.post({ type: 'close' })}
      />,
      listRoot,
    );
  } else {
    render(null, listRoot);
    app.hidden = false;
  }
});
