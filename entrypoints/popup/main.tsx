// Popup entry. The first page of recent highlights is read from the database right here,
// before anything renders (an extension page may open it; the background may be starting
// or busy loading its index); once they are painted, the background is asked to get its
// search index ready for the first typed query. The performance marks (./marks.ts) time the way
// to the first results for bench/search-browser.ts.
import './mark-start';
import { render } from 'preact';
import { createDb } from '@/utils/db';
import { listNewestFromDb } from '@/utils/db-listing';
import { sendMessage } from '@/utils/messaging';
import { EMPTY_FORM, PAGE_SIZE, buildQuery } from '@/utils/popup/search-query';
import { App } from './App';
import { POPUP_MARKS } from './marks';
import './popup.css';

const query = buildQuery(EMPTY_FORM, 0, PAGE_SIZE);
// Should the database not open here, the background answers instead.
const firstPage = listNewestFromDb(createDb(), query).catch(() => sendMessage('searchHighlights', query));
performance.mark(POPUP_MARKS.firstRequest);
firstPage.then(
  () => performance.mark(POPUP_MARKS.firstResponse),
  () => undefined, // the search panel shows the error
);
// Once the first results are painted (so its work does not compete with the popup's), the
// background starts loading its index.
const prepare = () => void sendMessage('prepareSearch', undefined).catch(() => undefined);
render(<App firstPage={firstPage} onFirstPainted={prepare} />, document.getElementById('app')!);
