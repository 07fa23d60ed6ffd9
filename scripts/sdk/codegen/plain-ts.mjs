// Lets typegen import the SDK's `definitions.ts` and generated `lookup.ts` in Node.js 20, as
// polkadot.js' own build does through a TypeScript loader: both are plain JavaScript in a `.ts`
// file (no type annotations), so they load as ES modules as they are (`plain-ts-hooks.mjs`).
import { register } from 'node:module';

register('./plain-ts-hooks.mjs', import.meta.url);
