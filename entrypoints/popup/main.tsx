// Popup entry. The first page of recent highlights is requested before anything renders
// (the request then overlaps mounting the App), and the performance marks (entrypoints/
// popup/marks.ts) time the way to the first results for bench/search-browser.ts.
import './mark-start';
import { render } from 'preact';
import { sendMessage } from '@/utils/messaging';
import { EMPTY_FORM, PAGE_SIZE, buildQuery } from '@/utils/popup/search-query';
import { App } from './App';
import { POPUP_MARKS } from './marks';
import './popup.css';

const firstPage = sendMessage('searchHighlights', buildQuery(EMPTY_FORM, 0, PAGE_SIZE));
firstPage.catch(() => undefined); // the search panel shows the error
performance.mark(POPUP_MARKS.firstRequest);
render(<App firstPage={firstPage} />, document.getElementById('app')!);
