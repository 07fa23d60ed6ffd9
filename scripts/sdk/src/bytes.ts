// Bytes as the SDK takes them: hex (`0x…`) or any byte array.
import { hexToU8a } from '@polkadot/util';

/** Hex (`0x…`) or bytes. */
export type BytesLike = string | Uint8Array | ArrayLike<number>;

/** `value` as a `Uint8Array` (a copy for byte arrays, decoded for hex). */
export function bytes(value: BytesLike): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(typeof value === 'string' ? hexToU8a(value) : value);
}
