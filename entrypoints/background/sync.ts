// Sync's messages (docs/sync.md), from Gloss's own pages only: status, connection test,
// set-up, turning off, syncing now. The engine itself starts with the background.
import { onMessage } from '@/utils/adapters/messaging';
import type { BackgroundContext } from './context';
import { syncAnswer } from './sync-answer';

export function registerSync(ctx: BackgroundContext): void {
  void ctx.sync.start().catch((err: unknown) => console.warn('[Gloss] sync did not start', err));
  onMessage('syncStatus', ({ sender }) => {
    ctx.fromExtensionPage(sender);
    return ctx.sync.status();
  });
  onMessage('syncTest', ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return syncAnswer(() => ctx.sync.test(data));
  });
  onMessage('syncSetup', ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return syncAnswer(() => ctx.sync.setup(data));
  });
  onMessage('syncDisable', async ({ sender }) => {
    ctx.fromExtensionPage(sender);
    await ctx.sync.disable();
  });
  onMessage('syncNow', ({ sender }) => {
    ctx.fromExtensionPage(sender);
    return syncAnswer(async () => {
      await ctx.sync.syncNow();
      return {};
    });
  });
}
