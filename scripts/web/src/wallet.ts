// The browser's wallet. A local key: a new sr25519 account (its mnemonic is the backup), the
// patient's X25519 encryption key pair and consent tag key, kept in localStorage encrypted under
// a passphrase (AES-256-GCM, key from PBKDF2-SHA-256, 600 000 iterations); unlocked, it lives only
// in this page's memory. Or an account of the polkadot.js browser extension, which signs chain
// transactions itself (it pays its own fees, so it suits admins and council members). No secret
// ever leaves the browser.
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { mnemonicGenerate, mnemonicValidate } from '@polkadot/util-crypto';

import { encryptionKeyPair, newTagKey, patientWallet, type PatientWallet } from '@medledger/sdk';

const STORE = 'medledger.wallet.v1';
const ITERATIONS = 600_000;

interface Secrets {
  mnemonic: string;
  tagKey: string;
  encryption: { publicKey: string; privateKey: string };
}

interface Sealed {
  address: string;
  salt: string;
  iv: string;
  ciphertext: string;
}

/** What signs for the person using the console. */
export interface Wallet {
  address: string;
  /** The keyring pair of a local key (null for an extension account). */
  pair: KeyringPair | null;
  /** The extension's signer, for an extension account. */
  extensionSigner: unknown;
  /** The patient's consent tags and terms (local keys only). */
  consents: PatientWallet | null;
  encryption: { publicKey: Uint8Array; privateKey: Uint8Array } | null;
  source: 'local' | 'extension';
}

const keyring = () => new Keyring({ type: 'sr25519', ss58Format: 42 });

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function open(secrets: Secrets): Wallet {
  const pair = keyring().addFromUri(secrets.mnemonic);
  return {
    address: pair.address,
    pair,
    extensionSigner: null,
    consents: patientWallet(secrets.tagKey),
    encryption: {
      publicKey: hexToU8a(secrets.encryption.publicKey),
      privateKey: hexToU8a(secrets.encryption.privateKey),
    },
    source: 'local',
  };
}

/** The address of the local key this browser keeps, if any (readable without the passphrase). */
export function storedAddress(): string | null {
  const raw = localStorage.getItem(STORE);
  return raw ? (JSON.parse(raw) as Sealed).address : null;
}

/**
 * Makes a local key (or restores one from `mnemonic`) and keeps it encrypted under `passphrase`.
 * Resolves the unlocked wallet and the mnemonic to write down.
 */
export async function createLocal(
  passphrase: string,
  mnemonic?: string,
): Promise<{ wallet: Wallet; mnemonic: string }> {
  if (passphrase.length < 8) throw new Error('Choose a passphrase of at least 8 characters.');
  const words = mnemonic?.trim() || mnemonicGenerate();
  // A recovery phrase, or on a development chain a secret URI such as `//Alice`.
  const [phrase] = words.split('//');
  if (phrase.trim() && !mnemonicValidate(phrase.trim()))
    throw new Error('Those words are not a valid recovery phrase.');
  const keys = await encryptionKeyPair();
  const secrets: Secrets = {
    mnemonic: words,
    tagKey: newTagKey(),
    encryption: { publicKey: u8aToHex(keys.publicKey), privateKey: u8aToHex(keys.privateKey) },
  };
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(secrets));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await passphraseKey(passphrase, salt),
    plain,
  );
  const wallet = open(secrets);
  const sealed: Sealed = {
    address: wallet.address,
    salt: u8aToHex(salt),
    iv: u8aToHex(iv),
    ciphertext: u8aToHex(new Uint8Array(ciphertext)),
  };
  localStorage.setItem(STORE, JSON.stringify(sealed));
  return { wallet, mnemonic: words };
}

/** Unlocks the local key with `passphrase`; rejects with a plain message if it is wrong. */
export async function unlockLocal(passphrase: string): Promise<Wallet> {
  const raw = localStorage.getItem(STORE);
  if (!raw) throw new Error('This browser keeps no key.');
  const sealed = JSON.parse(raw) as Sealed;
  try {
    const key = await passphraseKey(passphrase, hexToU8a(sealed.salt) as Uint8Array<ArrayBuffer>);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: hexToU8a(sealed.iv) as Uint8Array<ArrayBuffer> },
      key,
      hexToU8a(sealed.ciphertext) as Uint8Array<ArrayBuffer>,
    );
    return open(JSON.parse(new TextDecoder().decode(plain)) as Secrets);
  } catch {
    throw new Error('That passphrase does not unlock the key kept here.');
  }
}

/** Forgets the local key (after the patient has written down the recovery phrase). */
export const forgetLocal = () => localStorage.removeItem(STORE);

interface Injected {
  accounts: { get(): Promise<{ address: string; name?: string }[]> };
  signer: unknown;
}
type InjectedWeb3 = Record<string, { enable(origin: string): Promise<Injected> }>;

/** The browser extensions present (polkadot.js and compatible ones). */
export const extensions = (): string[] =>
  Object.keys((globalThis as { injectedWeb3?: InjectedWeb3 }).injectedWeb3 ?? {});

/** The accounts of extension `name`, each a wallet that signs through the extension. */
export async function extensionAccounts(name: string): Promise<Wallet[]> {
  const injected = await (globalThis as unknown as { injectedWeb3: InjectedWeb3 }).injectedWeb3[name].enable(
    'MedLedger console',
  );
  return (await injected.accounts.get()).map(({ address }) => ({
    address: keyring().encodeAddress(address),
    pair: null,
    extensionSigner: injected.signer,
    consents: null,
    encryption: null,
    source: 'extension' as const,
  }));
}
