/** Installs Debian's chromium and firefox-esr when missing (as root), or throws saying what to install. */
export function ensureBrowsers(): void;
