// Gloss's background: registers the handlers, one concern per module beside this file. Each
// handler checks who is asking (context.ts) and what shape the message has
// (utils/policy/validate.ts) before it calls the piece that does the work.
import { defineBackground } from 'wxt/utils/define-background';
import { registerCards } from './cards';
import { registerCommands } from './commands';
import { createBackgroundContext } from './context';
import { registerHighlightStatus } from './highlight-status';
import { registerHighlights } from './highlights';
import { registerMemory } from './memory';
import { registerNotes } from './notes';
import { registerPageReports } from './page-reports';
import { registerRecognition } from './recognition';
import { registerSync } from './sync';
import { registerTransfer } from './transfer';
import { registerWelcome } from './welcome';

export default defineBackground(() => {
  const ctx = createBackgroundContext();
  registerRecognition(ctx);
  registerPageReports(ctx);
  registerCards(ctx);
  registerNotes(ctx);
  registerHighlights(ctx);
  registerHighlightStatus(ctx);
  registerTransfer(ctx);
  registerMemory(ctx);
  registerSync(ctx);
  registerCommands();
  registerWelcome();
});
