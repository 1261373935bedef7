// Entity page entry: wires the App to the background's messages.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import { App } from './App';
import './entity.css';
import { ENTITY_MARKS } from './marks';

performance.mark(ENTITY_MARKS.scriptStart);
const key = new URLSearchParams(location.search).get('id');
let painted = false;
render(
  <App
    entityKey={key}
    deps={{
      load: async (k) => {
        const answer = await sendMessage('entityPage', { key: k });
        if (!painted) performance.mark(ENTITY_MARKS.firstAnswer);
        return answer;
      },
      details: (k) => sendMessage('entityDetails', { key: k }),
      background: (k, name) => sendMessage('entityBackground', { key: k, name }),
      onChange: (cb) => onMessage('memoryChanged', () => cb()),
      openOptions: () => void browser.runtime.openOptionsPage(),
      onPainted: () => {
        if (painted) return;
        painted = true;
        requestAnimationFrame(() => performance.mark(ENTITY_MARKS.painted));
      },
    }}
  />,
  document.getElementById('app')!,
);
