// Card page entry (an extension-origin iframe inside the page's Gloss host element). Two
// lines out: the typed 'gloss-card' Port to the background (utils/adapters/messaging.ts), which
// brings card models and takes what needs data or tabs (expand, links, the entity and options
// pages), and the direct channel to the content script that made this frame
// (utils/adapters/frame-channel.ts), which takes the card's size and closing and brings the
// keyboard list of the page's entities.
import { render } from 'preact';
import { EntityList } from '@/components/card/EntityList';
import '@/components/card/card.css';
import { acceptFrameChannel, channelKeyOf } from '@/utils/adapters/frame-channel';
import { connectFramePort } from '@/utils/adapters/messaging';
import { CARD_MAX_HEIGHT, CARD_WIDTH, type CardChannelEvent, type CardChannelMessage } from '@/utils/model/card';
import { parseCardChannelMessage } from '@/utils/policy/frame-messages';
import { startCardApp, type CardTransport } from './App';

// The card's size is declared once (utils/model/card.ts); card.css reads it from here.
document.documentElement.style.setProperty('--gloss-card-width', `${CARD_WIDTH}px`);
document.documentElement.style.setProperty('--gloss-card-max-height', `${CARD_MAX_HEIGHT}px`);

const port = connectFramePort('gloss-card');
const host = acceptFrameChannel<CardChannelEvent, CardChannelMessage>(
  window,
  channelKeyOf(location.hash),
  parseCardChannelMessage,
);

const transport: CardTransport = {
  onModel(cb) {
    port.onMessage((msg) => cb(msg.model));
  },
  send: (event) => (event.type === 'close' || event.type === 'resize' ? host.post(event) : port.post(event)),
};

startCardApp(transport);

// The keyboard list of the page's entities (shortcut Alt+Shift+E) shares this frame: the
// content script's `{type:'list', entities}` shows it instead of the card, `{type:'card'}`
// brings the card back.
const app = document.getElementById('app')!;
const listRoot = document.createElement('div');
listRoot.className = 'gloss-root';
document.body.append(listRoot);
const listSize = new ResizeObserver(() => {
  const r = listRoot.getBoundingClientRect();
  if (r.height > 0) host.post({ type: 'resize', width: Math.ceil(r.width), height: Math.ceil(r.height) });
});
listSize.observe(listRoot);
host.onMessage((msg) => {
  if (msg.type === 'list') {
    app.hidden = true;
    render(
      <EntityList
        entities={msg.entities}
        onOpen={(id) => host.post({ type: 'open-entity', id })}
        onClose={() => host.post({ type: 'close' })}
      />,
      listRoot,
    );
  } else {
    render(null, listRoot);
    app.hidden = false;
  }
});
