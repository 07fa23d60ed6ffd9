// Consent requests' sealed terms: a provider asks a patient for a consent without the patient's
// tag key and without putting the terms on chain in clear. It writes the terms in codes and seals
// them for the patient's X25519 encryption key (read from the chain) with HPKE (`hpke.ts`). The
// patient's wallet opens them, shows them, and writes the consent in its own tags if the patient
// accepts.
//
// On chain, `sealed_terms` is the HPKE encapsulated key (32 bytes) followed by the ciphertext;
// the chain's `ConsentRequest.key_version` says which of the patient's keys it was sealed for.
import { stringToU8a, u8aConcat, u8aToHex, u8aToString } from '@polkadot/util';

import { type BytesLike, bytes } from './bytes.js';
import { ENC_BYTES, suite } from './hpke.js';

/** Binds a sealed request to its use: it opens only as consent-request terms. */
const INFO = stringToU8a('medledger/consent-request v1');
/** The chain's bound on `sealed_terms` (`SealedTerms`). */
export const MAX_SEALED_BYTES = 512;

/**
 * Seals `terms` (codes, as the wallet's `terms` takes them, plus an optional `note`) for the
 * patient's public key. Returns the hex bytes for `request_consent`.
 */
export async function sealTerms(patientPublicKey: BytesLike, terms: unknown): Promise<string> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(bytes(patientPublicKey));
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: INFO },
    stringToU8a(JSON.stringify(terms)),
  );
  const sealed = u8aConcat(new Uint8Array(enc), new Uint8Array(ct));
  if (sealed.length > MAX_SEALED_BYTES) {
    throw new Error(`sealed terms are ${sealed.length} bytes; the chain takes ${MAX_SEALED_BYTES}`);
  }
  return u8aToHex(sealed);
}

/** Opens sealed terms (hex or bytes, as the chain returns them) with the patient's private key. */
export async function openTerms<T = unknown>(privateKey: BytesLike, sealed: BytesLike): Promise<T> {
  const raw = bytes(sealed);
  const recipientKey = await suite.kem.deserializePrivateKey(bytes(privateKey));
  const pt = await suite.open(
    { recipientKey, enc: raw.slice(0, ENC_BYTES), info: INFO },
    raw.slice(ENC_BYTES),
  );
  return JSON.parse(u8aToString(new Uint8Array(pt))) as T;
}
