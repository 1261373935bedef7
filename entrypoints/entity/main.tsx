// Entity page entry: wires the App to the background's messages. The first answer is asked
// for before the first render: the app's effects run only after a frame, and the background's
// read is most of the wait.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import { App } from './App';
import './entity.css';
import { ENTITY_MARKS } from './marks';

performance.mark(ENTITY_MARKS.scriptStart);
const key = new URLSearchParams(location.search).get('id');
let painted = false;
const ask = async (k: string) => {
  const answer = await sendMessage('entityPage', { key: k });
  if (!painted) performance.mark(ENTITY_MARKS.firstAnswer);
  return answer;
};
let early = key ? ask(key) : null;
// Handled here too, so a refusal is not reported as unhandled before the app takes it.
early?.catch(() => undefined);
render(
  <App
    entityKey={key}
    deps={{
      load: (k) => {
        const answer = early && k === key ? early : ask(k);
        early = null;
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
