// The type definitions typegen reads next to the metadata. MedLedger's types all come from the
// metadata (its lookup), so there are none of our own here.
export { default as medledger } from './medledger/definitions.js';
