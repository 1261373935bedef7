// Popup entry. The first screen (the newest highlights) is painted from the copy the
// background keeps in local storage after every change (entrypoints/background/first-screen.ts):
// one small storage read, no database to open while the background may be starting or busy.
// The live page is asked of the background at the same time and replaces the copy if it
// differs. Once the first results are painted, the background is asked to get its search
// index ready for the first typed query. The performance marks (./marks.ts) time the way to
// the first results for bench/search-browser.ts.
import './mark-start';
import { render } from 'preact';
import { firstScreenItem } from '@/utils/adapters/first-screen-item';
import { sendMessage } from '@/utils/adapters/messaging';
import { EMPTY_FORM, PAGE_SIZE, buildQuery } from '@/utils/search/search-form';
import { App } from './App';
import { POPUP_MARKS } from './marks';
import './popup.css';

const query = buildQuery(EMPTY_FORM, 0, PAGE_SIZE);
const live = sendMessage('searchHighlights', query);
// Without a saved copy (a new install, or it could not be read), the live page is the first.
const firstPage = firstScreenItem.getValue().then(
  (saved) => saved?.result ?? live,
  () => live,
);
performance.mark(POPUP_MARKS.firstRequest);
firstPage.then(
  () => performance.mark(POPUP_MARKS.firstResponse),
  () => undefined, // the search panel shows the error
);
// Once the first results are painted (so its work does not compete with the popup's), the
// background starts loading its index.
const prepare = () => void sendMessage('prepareSearch', undefined).catch(() => undefined);
render(<App firstPage={firstPage} firstPageLive={live} onFirstPainted={prepare} />, document.getElementById('app')!);
