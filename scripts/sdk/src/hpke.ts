// The one HPKE suite (RFC 9180, base mode) the SDK seals with, from `@hpke/core`:
// DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM. Readers' and patients' keys are X25519.
import { Aes128Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';

export const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

/** Bytes of HPKE's encapsulated key for X25519. */
export const ENC_BYTES = 32;

/** An X25519 key pair: `publicKey` goes on chain (`rotate_encryption_key`), `privateKey` never leaves the wallet. */
export interface EncryptionKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** A new X25519 key pair for a patient's wallet or a reader. */
export async function encryptionKeyPair(): Promise<EncryptionKeyPair> {
  const pair = await suite.kem.generateKeyPair();
  const publicKey = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  const privateKey = new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey));
  return { publicKey, privateKey };
}
