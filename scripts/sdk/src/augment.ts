// polkadot.js augmentation generated from MedLedger's runtime metadata (V15; `npm run generate`):
// importing the SDK types `api.tx`, `api.query`, `api.consts`, `api.events`, `api.errors` and
// `api.call` for every MedLedger pallet and runtime API, and names every runtime type in
// `@polkadot/types/lookup` (`MedledgerPrimitivesConsentAccessDecision`, …).
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';

export type * from '@polkadot/types/lookup';
