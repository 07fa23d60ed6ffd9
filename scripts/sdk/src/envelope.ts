// Envelope encryption of records: what an author, a patient's wallet and a reader compute, so that
// neither the chain nor the record gateway ever holds a record in clear.
//
// - The content: the FHIR resource (JSON) sealed with a fresh 256-bit data key, AES-256-GCM (the
//   platform's WebCrypto, in Node.js as in browsers), as `nonce (12 bytes) || ciphertext || tag`.
//   Its SHA-256 is the content hash anchored on chain (`Sha2_256`).
// - The data key, wrapped for each reader's X25519 public key with HPKE (`hpke.ts`), bound to the
//   content hash (HPKE's AAD), so that a wrapped key moved to another record does not open:
//   `enc (32 bytes) || ciphertext (48 bytes)`.
//
// A wrapped key that was tampered with, or wraps another key, fails to open (AES-GCM's tag), as
// does content sealed under another key: a reader detects both.
import { stringToU8a, u8aConcat, u8aToHex, u8aToString } from '@polkadot/util';

import { type BytesLike, bytes } from './bytes.js';
import { ENC_BYTES, suite } from './hpke.js';

/** Binds a wrapped key to its use: it opens only as a MedLedger record's data key. */
const WRAP_INFO = bytes(stringToU8a('medledger/data-key v1'));
/** Binds sealed content to its use. */
const CONTENT_AAD = bytes(stringToU8a('medledger/record v1'));
const NONCE_BYTES = 12;
/** Bytes of a wrapped data key: the encapsulated key and the sealed 32-byte key with its tag. */
export const WRAPPED_KEY_BYTES = ENC_BYTES + 32 + 16;

const { subtle } = globalThis.crypto;

/** A sealed record: the ciphertext goes to the custodian, the content hash on chain, the data key only into `wrapDataKey`. */
export interface SealedRecord {
  ciphertext: Uint8Array;
  contentHash: string;
  dataKey: Uint8Array;
}

/** SHA-256 of `data`, as hex: the content hash of sealed content. */
export async function sha256(data: BytesLike): Promise<string> {
  return u8aToHex(new Uint8Array(await subtle.digest('SHA-256', bytes(data))));
}

const aesKey = (dataKey: BytesLike, usage: KeyUsage) =>
  subtle.importKey('raw', bytes(dataKey), 'AES-GCM', false, [usage]);

/** Seals `resource` (a FHIR resource, or any JSON value) under a fresh data key. */
export async function sealRecord(resource: unknown): Promise<SealedRecord> {
  const dataKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: CONTENT_AAD },
    await aesKey(dataKey, 'encrypt'),
    bytes(stringToU8a(JSON.stringify(resource))),
  );
  const ciphertext = u8aConcat(nonce, new Uint8Array(sealed));
  return { ciphertext, contentHash: await sha256(ciphertext), dataKey };
}

/** Opens sealed content with its data key; throws if either was altered. */
export async function openRecord<T = unknown>(ciphertext: BytesLike, dataKey: BytesLike): Promise<T> {
  const raw = bytes(ciphertext);
  const plain = await subtle.decrypt(
    { name: 'AES-GCM', iv: raw.slice(0, NONCE_BYTES), additionalData: CONTENT_AAD },
    await aesKey(dataKey, 'decrypt'),
    raw.slice(NONCE_BYTES),
  );
  return JSON.parse(u8aToString(new Uint8Array(plain))) as T;
}

/**
 * Wraps `dataKey` for the X25519 public key `publicKey`, bound to the record's `contentHash`.
 * Resolves the wrapped key as hex. Whoever holds the data key (the author, the patient's wallet,
 * a reader) can wrap it for a newly granted reader (`GatewayClient.putKey`).
 */
export async function wrapDataKey(
  dataKey: BytesLike,
  publicKey: BytesLike,
  contentHash: BytesLike,
): Promise<string> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(bytes(publicKey));
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: WRAP_INFO },
    bytes(dataKey),
    bytes(contentHash),
  );
  return u8aToHex(u8aConcat(new Uint8Array(enc), new Uint8Array(ct)));
}

/** Unwraps a wrapped key with the reader's private key; throws if it does not open. */
export async function unwrapDataKey(
  wrapped: BytesLike,
  privateKey: BytesLike,
  contentHash: BytesLike,
): Promise<Uint8Array> {
  const raw = bytes(wrapped);
  if (raw.length !== WRAPPED_KEY_BYTES) throw new Error(`a wrapped key is ${WRAPPED_KEY_BYTES} bytes`);
  const recipientKey = await suite.kem.deserializePrivateKey(bytes(privateKey));
  const key = await suite.open(
    { recipientKey, enc: raw.slice(0, ENC_BYTES), info: WRAP_INFO },
    raw.slice(ENC_BYTES),
    bytes(contentHash),
  );
  return new Uint8Array(key);
}
