// End-to-end encryption of synced records (docs/sync.md, "What the server sees"). The
// reader's passphrase is stretched with PBKDF2-SHA-256 and a per-database random salt into
// one secret; HKDF splits it into an AES-GCM key (record contents), an HMAC key (document
// ids, so that no id reveals a URL or a highlight id) and a key check value stored beside
// the salt, which tells a wrong passphrase apart before anything is read or written.
// WebCrypto only: the same code runs in the service worker, the Firefox background page
// and Node (tests, bench).

/** PBKDF2 iterations for new databases: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const DEFAULT_ITERATIONS = 600_000;
/** Fewest iterations a server's config may ask for; below it the config is refused. */
export const MIN_ITERATIONS = 310_000;

/** The unencrypted parameters every device needs to derive the same keys. */
export interface KeyParams {
  /** Format of the parameters and of the records they protect. */
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Random salt, base64 (16 bytes). */
  salt: string;
  /** HMAC of a fixed label under a key derived from the passphrase, base64. */
  check: string;
}

/** The keys derived from a passphrase; never stored, never leave the device. */
export interface SyncKeys {
  enc: CryptoKey;
  ids: CryptoKey;
}

/** The passphrase does not open this database: nothing was read or changed. */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
  constructor() {
    super(
      'This passphrase does not open the synced highlights on this server. Nothing was changed: enter the passphrase set on your first device.',
    );
  }
}

/** A record could not be decrypted (damaged, or written with other keys). */
export class RecordDecryptError extends Error {
  override readonly name = 'RecordDecryptError';
}

/** The server's key parameters are missing, malformed or too weak to trust. */
export class BadKeyParamsError extends Error {
  override readonly name = 'BadKeyParamsError';
}

const te = new TextEncoder();
const td = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function deriveSecret(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', te.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  return crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
}

const hkdf = (label: string) => ({
  name: 'HKDF',
  hash: 'SHA-256',
  salt: new Uint8Array(0),
  info: te.encode(`gloss-sync/${label}`),
});

async function keysFrom(secret: CryptoKey): Promise<SyncKeys & { checkKey: CryptoKey }> {
  const [enc, ids, checkKey] = await Promise.all([
    crypto.subtle.deriveKey(hkdf('enc'), secret, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(hkdf('ids'), secret, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
    crypto.subtle.deriveKey(hkdf('check'), secret, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { enc, ids, checkKey };
}

async function checkValue(checkKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', checkKey, te.encode('gloss-sync key check'))));
}

/** New parameters (fresh random salt) and the keys for a passphrase: the first device. */
export async function createKeys(
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ params: KeyParams; keys: SyncKeys }> {
  if (passphrase.length === 0) throw new Error('Choose a passphrase.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const { enc, ids, checkKey } = await keysFrom(await deriveSecret(passphrase, salt, iterations));
  return {
    params: { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), check: await checkValue(checkKey) },
    keys: { enc, ids },
  };
}

/** Checks a server's parameters before trusting them (a tampered config must not weaken keys). */
export function assertKeyParams(p: unknown): asserts p is KeyParams {
  const o = p as Partial<KeyParams> | null;
  if (!o || typeof o !== 'object') throw new BadKeyParamsError('The server has no Gloss encryption settings.');
  if (o.v !== 1 || o.kdf !== 'PBKDF2-SHA-256')
    throw new BadKeyParamsError('The server holds highlights in a format this version of Gloss does not know.');
  if (!Number.isInteger(o.iterations) || (o.iterations as number) < MIN_ITERATIONS || (o.iterations as number) > 1e8)
    throw new BadKeyParamsError(
      `The server's encryption settings ask for ${String(o.iterations)} key-derivation rounds; Gloss needs at least ${MIN_ITERATIONS}.`,
    );
  if (typeof o.salt !== 'string' || typeof o.check !== 'string')
    throw new BadKeyParamsError("The server's encryption settings are damaged.");
  let salt: Uint8Array;
  try {
    salt = fromBase64(o.salt);
  } catch {
    throw new BadKeyParamsError("The server's encryption settings are damaged.");
  }
  if (salt.length < 16) throw new BadKeyParamsError("The server's encryption salt is too short.");
}

/**
 * The keys for an existing database, after checking the passphrase against the stored
 * check value. Throws {@link WrongPassphraseError} before any key is handed out.
 */
export async function unlockKeys(passphrase: string, params: KeyParams): Promise<SyncKeys> {
  assertKeyParams(params);
  const { enc, ids, checkKey } = await keysFrom(
    await deriveSecret(passphrase, fromBase64(params.salt), params.iterations),
  );
  if ((await checkValue(checkKey)) !== params.check) throw new WrongPassphraseError();
  return { enc, ids };
}

/**
 * The server-side id of a record: HMAC of its local key ("h:<highlight id>"), so equal
 * keys map to equal ids on every device while the id says nothing about the content.
 */
export async function recordId(keys: SyncKeys, localKey: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.ids, te.encode(localKey)));
  return `g${toBase64Url(mac.subarray(0, 20))}`;
}

/** Encrypts a JSON value with AES-GCM under a fresh random 96-bit IV; the id is bound as AAD. */
export async function sealJson(keys: SyncKeys, id: string, value: unknown): Promise<{ iv: string; ct: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: te.encode(id) },
    keys.enc,
    te.encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Decrypts what {@link sealJson} made; a moved (other id), altered or foreign record throws. */
export async function openJson(keys: SyncKeys, id: string, sealed: { iv: unknown; ct: unknown }): Promise<unknown> {
  if (typeof sealed.iv !== 'string' || typeof sealed.ct !== 'string')
    throw new RecordDecryptError(`record ${id} is not an encrypted Gloss record`);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: te.encode(id) },
      keys.enc,
      fromBase64(sealed.ct),
    );
    return JSON.parse(td.decode(plain));
  } catch (err) {
    throw new RecordDecryptError(`record ${id} could not be decrypted`, { cause: err });
  }
}
