// A node's metadata V15 (the version that describes the runtime APIs), as the hex typegen reads.

/** `Metadata_metadata_at_version(15)` over JSON-RPC, unwrapped from its `Option<OpaqueMetadata>`. */
export async function metadataV15(httpUrl) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 1,
      jsonrpc: '2.0',
      method: 'state_call',
      params: ['Metadata_metadata_at_version', '0x0f000000'],
    }),
  });
  const { result, error } = await response.json();
  if (error) throw new Error(`state_call: ${error.message}`);
  const bytes = Buffer.from(result.slice(2), 'hex');
  if (bytes[0] !== 1) throw new Error('the node has no metadata V15');
  // SCALE compact length: 1, 2 or 4 bytes by the low two bits (metadata is under 2^30 bytes).
  const width = [1, 2, 4][bytes[1] & 3];
  return `0x${bytes.subarray(1 + width).toString('hex')}`;
}
