// Consent requests' sealed terms: a provider asks a patient for a consent without the patient's
// tag key and without putting the terms on chain in clear. It writes the terms in codes and seals
// them for the patient's X25519 encryption key (read from the chain) with HPKE (RFC 9180, base
// mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM; `@hpke/core`). The patient's wallet
// opens them, shows them, and writes the consent in its own tags if the patient accepts.
//
// On chain, `sealed_terms` is the HPKE encapsulated key (32 bytes) followed by the ciphertext;
// the chain's `ConsentRequest.key_version` says which of the patient's keys it was sealed for.
import { Aes128Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex, u8aToString } from '@polkadot/util';

const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});
/** Binds a sealed request to its use: it opens only as consent-request terms. */
const INFO = stringToU8a('medledger/consent-request v1');
/** The chain's bound on `sealed_terms` (`SealedTerms`). */
export const MAX_SEALED_BYTES = 512;
const ENC_BYTES = 32;

const bytes = (v) => (typeof v === 'string' ? hexToU8a(v) : new Uint8Array(v));

/** A new X25519 key pair for a patient's wallet: `publicKey` (32 bytes) goes on chain. */
export async function encryptionKeyPair() {
  const pair = await suite.kem.generateKeyPair();
  const publicKey = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  const privateKey = new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey));
  return { publicKey, privateKey };
}

/**
 * Seals `terms` (codes, as `patientWallet(...).terms` takes them, plus an optional `note`) for
 * the patient's public key (32 bytes or hex). Returns the hex bytes for `request_consent`.
 */
export async function sealTerms(patientPublicKey, terms) {
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
export async function openTerms(privateKey, sealed) {
  const raw = bytes(sealed);
  const recipientKey = await suite.kem.deserializePrivateKey(bytes(privateKey));
  const pt = await suite.open(
    { recipientKey, enc: raw.slice(0, ENC_BYTES), info: INFO },
    raw.slice(ENC_BYTES),
  );
  return JSON.parse(u8aToString(new Uint8Array(pt)));
}
