// Where the popup's first screen waits (entrypoints/background/first-screen.ts): one item in the
// extension's local storage, which page scripts cannot read. A thin adapter over WXT storage.
import { storage } from '@wxt-dev/storage';
import type { FirstScreen } from '../model/first-screen';

export const firstScreenItem = storage.defineItem<FirstScreen | null>('local:popupFirstScreen', { fallback: null });
