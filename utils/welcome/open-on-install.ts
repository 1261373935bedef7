// When the welcome page opens: on a fresh install only. An update of Gloss, of the browser,
// or of a shared module, and a reload during development (Chrome reports it as "update"),
// never open it again: the reader has seen it, and it stays one click away in the options.

/** The part of runtime.onInstalled's details this needs. */
export interface InstalledDetails {
  reason: string;
}

/** Whether this onInstalled event should open the welcome page. */
export function shouldOpenWelcome(details: InstalledDetails): boolean {
  return details.reason === 'install';
}
