// Welcome page entry: mounts the App with the browser's pieces (the page's highlight registry
// and the background's recognizer, the same one news pages use).
import { render } from 'preact';
import { sendMessage } from '@/utils/adapters/messaging';
import { highlightApiOf } from '@/utils/render/highlight-api';
import '@/components/card/card.css';
import '@/utils/render/mentions.css';
import './welcome.css';
import { App } from './App';

render(
  <App highlights={highlightApiOf(globalThis)} recognize={(text) => sendMessage('recognize', { text })} />,
  document.getElementById('app')!,
);
