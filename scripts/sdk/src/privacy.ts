// What a patient's wallet and its grantees compute so that the chain, which every member reads,
// holds tags and commitments instead of health facts (docs/privacy.md).
//
// A tag is the 8-byte BLAKE2b hash of the patient's tag key (32 random bytes the wallet keeps and
// shares, off chain, with those it grants), `medledger/`, a domain (`class` or `purpose`), `:`
// and a code. The chain compares tags and learns nothing from them. The Rust tests compute the
// same (`medledger-test-utils::wallet`); both are held to the vectors of `privacy.test.ts`.
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import { type BytesLike, bytes } from './bytes.js';

const randomBytes = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** Categories of records (FHIR / US Core classes), by code. */
export const CATEGORIES = [
  'allergies',
  'conditions',
  'medications',
  'laboratory',
  'imaging',
  'immunizations',
  'procedures',
  'clinical-notes',
  'encounters',
  'vital-signs',
  'genomics',
];

/**
 * Sensitivity and confidentiality labels (HL7 v3 ActCode `_InformationSensitivityPolicy` and
 * `Confidentiality`): a record carrying one is covered only by a consent that names it.
 */
export const LABELS: Record<string, string> = {
  ETH: 'substance abuse information (42 CFR Part 2)',
  MH: 'mental health information',
  HIV: 'HIV/AIDS information',
  GDIS: 'genetic disease information',
  SEX: 'sexuality and reproductive health information',
  SDV: 'sexual assault, abuse or domestic violence information',
  STD: 'sexually transmitted disease information',
  R: 'restricted (confidentiality)',
  V: 'very restricted (confidentiality)',
};

/**
 * HL7 v3 PurposeOfUse codes MedLedger's wallet knows, each with its specialisations: a consent
 * for a purpose covers its specialisations, so the wallet lists their tags too.
 */
export const PURPOSES: Record<string, string[]> = {
  TREAT: ['CAREMGT', 'CLINTRL', 'ETREAT', 'POPHLTH'],
  ETREAT: ['BTG', 'ERTREAT'],
  HPAYMT: ['CLMATTCH', 'COVAUTH', 'COVERAGE'],
  COVERAGE: ['ELIGDTRM', 'ELIGVER', 'ENROLLM'],
  HOPERAT: ['PATADMIN', 'RECORDMGT', 'TRAIN'],
  HRESCH: ['CLINTRCH'],
  PUBHLTH: ['DISASTER', 'THREAT'],
  PATRQT: ['FAMRQT', 'PWATRNY', 'SUPNWK'],
  HMARKT: [],
  CAREMGT: [],
  CLINTRL: [],
  POPHLTH: [],
  BTG: [],
  ERTREAT: [],
  CLMATTCH: [],
  COVAUTH: [],
  ELIGDTRM: [],
  ELIGVER: [],
  ENROLLM: [],
  PATADMIN: [],
  RECORDMGT: [],
  TRAIN: [],
  CLINTRCH: [],
  DISASTER: [],
  THREAT: [],
  FAMRQT: [],
  PWATRNY: [],
  SUPNWK: [],
};

/** The public tag of break-glass access: the class of emergency records and the purpose of reads. */
export const EMERGENCY_TAG = `0x${'00'.repeat(8)}`;

/** A new tag key: 32 random bytes, as hex. The wallet keeps it and backs it up. */
export function newTagKey(): string {
  return u8aToHex(randomBytes(32));
}

/** The tag of `code` in `domain` under `tagKey`. */
export function tag(tagKey: BytesLike, domain: 'class' | 'purpose', code: string): string {
  return u8aToHex(blake2AsU8a(u8aConcat(bytes(tagKey), stringToU8a(`medledger/${domain}:${code}`)), 64));
}

/** The tag of the class of records of `category` carrying `labels`. */
export function classTag(tagKey: BytesLike, category: string, labels: readonly string[] = []): string {
  if (!CATEGORIES.includes(category)) throw new Error(`unknown category ${category}`);
  for (const l of labels) if (!(l in LABELS)) throw new Error(`unknown label ${l}`);
  return tag(tagKey, 'class', [category, ...[...new Set(labels)].sort()].join('+'));
}

/** The tag of an HL7 v3 PurposeOfUse code. */
export function purposeTag(tagKey: BytesLike, code: string): string {
  if (!(code in PURPOSES)) throw new Error(`unknown purpose ${code}`);
  return tag(tagKey, 'purpose', code);
}

/** `code` and every specialisation of it, depth first. */
export function specialisations(code: string): string[] {
  if (!(code in PURPOSES)) throw new Error(`unknown purpose ${code}`);
  return [code, ...PURPOSES[code].flatMap(specialisations)];
}

/** Every subset of `labels`, the empty one first. */
function subsets(labels: string[]): string[][] {
  return labels.reduce<string[][]>((all, l) => all.concat(all.map((s) => [...s, l])), [[]]);
}

/**
 * What a consent lists, as the wallet writes it: the class tags of `categories` (`'standard'`:
 * every category) with any subset of the `labels` the patient names (with `labelledOnly`, only
 * the classes carrying at least one of them: "restrict HIV-labelled records"), and the purpose
 * tags of `purposes` with their specialisations. A broad grant (`'standard'`, no labels) thus
 * lists only unlabelled classes: it never reaches a labelled record. Sorted and de-duplicated, as
 * the chain stores them.
 */
export function consentTags(
  tagKey: BytesLike,
  {
    categories,
    labels = [],
    labelledOnly = false,
    purposes,
  }: {
    categories: 'standard' | readonly string[];
    labels?: readonly string[];
    labelledOnly?: boolean;
    purposes: readonly string[];
  },
): { classes: string[]; purposes: string[] } {
  const cats = categories === 'standard' ? CATEGORIES : categories;
  const sets = subsets([...new Set(labels)]).filter((ls) => !labelledOnly || ls.length > 0);
  const classes = cats.flatMap((c) => sets.map((ls) => classTag(tagKey, c, ls)));
  const purposeTags = purposes.flatMap(specialisations).map((p) => purposeTag(tagKey, p));
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return { classes: sorted(classes), purposes: sorted(purposeTags) };
}

/**
 * The emergency key of a record (or of a batch, from its first record's id) that may be opened
 * in an emergency, and its commitment, which goes on chain. The author gives the key to the
 * custodian with the content; the custodian presents it when it logs an emergency read.
 */
export function emergencyKey(tagKey: BytesLike, recordId: BytesLike): { key: string; commitment: string } {
  const key = blake2AsU8a(
    u8aConcat(bytes(tagKey), stringToU8a('medledger/emergency:'), bytes(recordId)),
    256,
  );
  return { key: u8aToHex(key), commitment: u8aToHex(blake2AsU8a(key, 256)) };
}

/** The commitment of a record that must not be opened in an emergency: no key opens it. */
export function sealedCommitment(): string {
  return u8aToHex(blake2AsU8a(randomBytes(32), 256));
}

/**
 * The commitment `openEmergencyAccess` takes for why the glass was broken: BLAKE2-256 of 32
 * random bytes followed by the organisation's note (UTF-8: its reason code, such as HL7 `ETREAT`
 * or `BTG`, and any text). The organisation keeps `note` and `salt` in its own records; its
 * review recomputes `hash` with `verifyReason`.
 */
export function reasonCommitment(note: string): { note: string; salt: string; hash: string } {
  const salt = randomBytes(32);
  return { note, salt: u8aToHex(salt), hash: u8aToHex(reasonHash(salt, note)) };
}

/** Whether `hash` (from the chain's `EmergencySessions`) commits to `note` with `salt`. */
export function verifyReason(hash: string | Uint8Array, note: string, salt: BytesLike): boolean {
  return u8aToHex(reasonHash(bytes(salt), note)) === (typeof hash === 'string' ? hash : u8aToHex(hash));
}

const reasonHash = (salt: Uint8Array, note: string) => blake2AsU8a(u8aConcat(salt, stringToU8a(note)), 256);

/** What a wallet's `terms` takes (codes, not tags). */
export interface ConsentTermsInput {
  categories: 'standard' | 'all' | readonly string[];
  labels?: readonly string[];
  labelledOnly?: boolean;
  actions: readonly ('Read' | 'Append' | 'Amend')[];
  purposes: readonly string[];
  /** Chain moments (`toMoment`), or null. */
  startsAt?: bigint | number | null;
  expiresAt?: bigint | number | null;
  /** Record ids the consent is limited to (none: every record of its classes). */
  records?: readonly string[];
}

/** A patient's wallet (see `patientWallet`). */
export type PatientWallet = ReturnType<typeof patientWallet>;

/**
 * A patient's wallet: tags under its tag key, and consent terms as `grantConsent` and
 * `denyAccess` take them. `categories`: category codes, `'standard'` (every category) or `'all'`
 * (every class, labelled ones and emergency records included: denies only); `labels`: the
 * sensitivity labels the consent names (`labelledOnly`: only classes carrying one of them);
 * `purposes`: PurposeOfUse codes (their specialisations are listed too), plus `'emergency'` in a
 * deny to refuse break-glass access.
 */
export function patientWallet(tagKey: string = newTagKey()) {
  return {
    tagKey,
    class: (category: string, labels: readonly string[] = []) => classTag(tagKey, category, labels),
    purpose: (code: string) => purposeTag(tagKey, code),
    emergencyKey: (recordId: BytesLike) => emergencyKey(tagKey, recordId),
    terms({
      categories,
      labels = [],
      labelledOnly = false,
      actions,
      purposes,
      startsAt = null,
      expiresAt = null,
      records = [],
    }: ConsentTermsInput) {
      const emergency = purposes.includes('emergency');
      const codes = purposes.filter((p) => p !== 'emergency');
      const cats = categories === 'all' ? [] : categories;
      const tags = consentTags(tagKey, { categories: cats, labels, labelledOnly, purposes: codes });
      const purposeTags = emergency ? [...tags.purposes, EMERGENCY_TAG].sort() : tags.purposes;
      return {
        classes: categories === 'all' ? ('All' as const) : { Only: tags.classes },
        actions,
        purposes: purposeTags,
        startsAt,
        expiresAt,
        records,
      };
    },
  };
}
