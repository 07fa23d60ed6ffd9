// @medledger/sdk: what an app, a wallet or a hospital system needs to use MedLedger from
// TypeScript or JavaScript (docs/sdk.md).
import './augment.js';

export * from './bytes.js';
export * from './chain.js';
export * from './dates.js';
export * from './envelope.js';
export * from './gateway.js';
export { type EncryptionKeyPair, encryptionKeyPair } from './hpke.js';
export * from './merkle.js';
export * from './privacy.js';
export * from './requests.js';
export * from './sponsorship.js';
export * from './timeline.js';
export * from './transactions.js';
export type * from './augment.js';
