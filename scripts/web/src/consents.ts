// A patient's consents in plain language. The chain holds only tags; the wallet, which holds the
// tag key, turns them back into categories and purposes, and previews what a new consent would
// decide for the questions a patient asks.
import {
  CATEGORIES,
  classTag,
  EMERGENCY_TAG,
  fromMoment,
  PURPOSES,
  type PatientWallet,
  purposeTag,
  specialisations,
} from '@medledger/sdk';

export const CATEGORY_WORDS: Record<string, string> = {
  allergies: 'allergies',
  conditions: 'conditions and diagnoses',
  medications: 'medications',
  laboratory: 'laboratory results',
  imaging: 'imaging',
  immunizations: 'immunisations',
  procedures: 'procedures',
  'clinical-notes': 'clinical notes',
  encounters: 'visits',
  'vital-signs': 'vital signs',
  genomics: 'genomics',
};

export const PURPOSE_WORDS: Record<string, string> = {
  TREAT: 'treatment',
  ETREAT: 'emergency treatment',
  HPAYMT: 'payment',
  COVERAGE: 'insurance coverage',
  HOPERAT: 'running the organisation',
  HRESCH: 'research',
  PUBHLTH: 'public health',
  PATRQT: 'at my request',
  HMARKT: 'marketing',
  CAREMGT: 'care management',
  CLINTRL: 'clinical trials',
  POPHLTH: 'population health',
  BTG: 'break the glass',
  ERTREAT: 'emergency room treatment',
  CLINTRCH: 'clinical research',
};

export const ACTION_WORDS: Record<string, string> = { Read: 'read', Append: 'add to', Amend: 'correct' };

/** The consent as the chain lists it (`consentApi.consents`), in plain values. */
export interface Consent {
  id: number;
  kind: 'Permit' | 'Deny';
  grantee: { Organisation?: number; Practitioner?: string; Individual?: number };
  classes: 'All' | string[];
  actions: string[];
  purposes: string[];
  startsAt: number;
  expiresAt: number | null;
  records: string[];
  revokedAt: number | null;
  inForce: boolean;
  confirmed: boolean;
}

/** Tag → category and purpose code, under the wallet's tag key. */
export function decoder(wallet: PatientWallet) {
  const classes = new Map(CATEGORIES.map((c) => [classTag(wallet.tagKey, c), c]));
  const purposes = new Map(Object.keys(PURPOSES).map((p) => [purposeTag(wallet.tagKey, p), p]));
  return {
    categories(c: Consent): string[] | 'all' | 'unknown' {
      if (c.classes === 'All') return 'all';
      const known = c.classes.map((t) => classes.get(t)).filter((x): x is string => !!x);
      return known.length ? known : 'unknown';
    },
    /** The purposes named, without the specialisations a named parent already covers. */
    purposes(c: Consent): string[] {
      const codes = c.purposes
        .map((t) => (t === EMERGENCY_TAG ? 'emergency' : purposes.get(t)))
        .filter(Boolean);
      const set = new Set(codes as string[]);
      return [...set].filter((p) => ![...set].some((q) => q !== p && specialisations(q).includes(p)));
    },
  };
}

export const purposeWords = (p: string) =>
  p === 'emergency' ? 'emergency (break-the-glass) access' : (PURPOSE_WORDS[p] ?? p);

export const dateWords = (ms: number) =>
  fromMoment(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) +
  ' UTC';

/** In force, scheduled, or ended (revoked or expired), at `now`. */
export function state(c: Consent, now: number): 'in force' | 'scheduled' | 'revoked' | 'expired' {
  if (c.revokedAt !== null) return 'revoked';
  if (c.expiresAt !== null && c.expiresAt <= now) return 'expired';
  if (c.startsAt > now) return 'scheduled';
  return 'in force';
}

/** One question a patient asks: may `grantee` `action` my `category` for `purpose`? */
export interface Question {
  category: string;
  action: string;
  purpose: string;
}

const sameGrantee = (a: Consent['grantee'], b: Consent['grantee']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the patient's consents (and `proposed`, if given) decide for `question` about `grantee`,
 * as the chain decides it: a deny in force that covers the question wins over any permit; a
 * permit covers it only for the categories, actions and purposes it names. Consents about other
 * grantees do not count here.
 */
export function decide(
  wallet: PatientWallet,
  consents: readonly Consent[],
  grantee: Consent['grantee'],
  question: Question,
  now: number,
): { allowed: boolean; by: Consent | null } {
  const classTagOf = classTag(wallet.tagKey, question.category);
  const purposeTagOf = purposeTag(wallet.tagKey, question.purpose);
  const covering = consents.filter(
    (c) =>
      sameGrantee(c.grantee, grantee) &&
      state(c, now) !== 'revoked' &&
      state(c, now) !== 'expired' &&
      c.startsAt <= now + 1 &&
      (c.classes === 'All' || c.classes.includes(classTagOf)) &&
      c.actions.includes(question.action) &&
      c.purposes.includes(purposeTagOf) &&
      c.records.length === 0,
  );
  const deny = covering.find((c) => c.kind === 'Deny');
  if (deny) return { allowed: false, by: deny };
  const permit = covering.find((c) => c.kind === 'Permit');
  return { allowed: !!permit, by: permit ?? null };
}
