// Imported first by the popup's entry, so this runs before the other modules evaluate:
// the "script start" mark (entrypoints/popup/marks.ts).
import { POPUP_MARKS } from './marks';

performance.mark(POPUP_MARKS.scriptStart);
