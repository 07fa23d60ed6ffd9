// The council's page: open motions with their calls decoded, the votes so far against the
// threshold, vote and close; and the runtime upgrade pending its enactment delay.
import { blockDuration } from '@medledger/sdk';

import { act, ctx, me, send } from './chain.js';
import { dateWords } from './consents.js';
import { h, message, page, shortAddress } from './ui.js';

/** A call as people read it: `section.method` and its arguments by name, nested calls included. */
function describeCall(call: { section: string; method: string; argsDef: object; toHuman(): unknown }) {
  const human = call.toHuman() as { args?: Record<string, unknown> };
  return h(
    'div',
    {},
    h('p', {}, h('strong', { class: 'mono' }, `${call.section}.${call.method}`)),
    h('pre', { class: 'mono', tabindex: 0 }, JSON.stringify(human.args ?? {}, null, 2)),
  );
}

export async function councilPage() {
  const api = ctx.api;
  const self = me().address;
  const out = h('div', { 'aria-live': 'polite' });
  const members = (await api.query.council.members()).map(String);
  const hashes = await api.query.council.proposals();
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const motions = await Promise.all(
    hashes.map(async (hash) => {
      const [call, voting] = await Promise.all([
        api.query.council.proposalOf(hash),
        api.query.council.voting(hash),
      ]);
      if (call.isNone || voting.isNone) return null;
      const v = voting.unwrap();
      const proposal = call.unwrap();
      const ayes = v.ayes.map(String);
      const nays = v.nays.map(String);
      const threshold = v.threshold.toNumber();
      const ends = v.end.toNumber();
      const index = v.index.toNumber();
      const voted = ayes.includes(self) ? 'aye' : nays.includes(self) ? 'nay' : null;
      const decided = ayes.length >= threshold || nays.length > members.length - threshold || best >= ends;
      const len = proposal.encodedLength;
      return h(
        'article',
        { class: 'card', 'aria-labelledby': `motion-${index}` },
        h('h3', { id: `motion-${index}` }, `Motion ${index}`),
        describeCall(proposal),
        h(
          'p',
          {},
          `${ayes.length} aye, ${nays.length} nay of ${members.length} members; ${threshold} ayes pass it. `,
          best >= ends ? 'Voting has ended.' : `Voting ends at block ${ends}.`,
          voted ? ` You voted ${voted}.` : '',
        ),
        ayes.length ? h('p', {}, 'Aye: ', ayes.map(shortAddress).join(', ')) : null,
        nays.length ? h('p', {}, 'Nay: ', nays.map(shortAddress).join(', ')) : null,
        h(
          'div',
          { class: 'actions' },
          members.includes(self) && !voted
            ? [
                h(
                  'button',
                  {
                    onclick: act(out, async () => {
                      await send(api.tx.council.vote(hash, index, true), `vote aye on motion ${index}`);
                      await councilPage();
                    }),
                  },
                  'Vote aye',
                ),
                h(
                  'button',
                  {
                    class: 'secondary',
                    onclick: act(out, async () => {
                      await send(api.tx.council.vote(hash, index, false), `vote nay on motion ${index}`);
                      await councilPage();
                    }),
                  },
                  'Vote nay',
                ),
              ]
            : null,
          decided
            ? h(
                'button',
                {
                  onclick: act(out, async () => {
                    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(proposal, len);
                    const r = await send(
                      api.tx.council.close(hash, index, weight, len),
                      `close motion ${index}`,
                    );
                    const executed = r.events.find((e) => e.section === 'council' && e.method === 'Executed');
                    const result = (executed?.data as { result?: { err?: unknown } } | undefined)?.result;
                    out.append(
                      executed
                        ? result?.err
                          ? message('error', 'Passed, but the call failed', JSON.stringify(result.err))
                          : message('ok', 'Passed and executed', `${proposal.section}.${proposal.method}`)
                        : message('ok', 'Closed', 'The motion did not pass.'),
                    );
                    await councilPage();
                    document.getElementById('main')?.prepend(out);
                  }),
                },
                'Close',
              )
            : null,
        ),
      );
    }),
  );
  const pending = await api.query.consortium.pendingUpgrade();
  let upgrade: HTMLElement;
  if (pending.isNone) upgrade = h('p', {}, 'No runtime upgrade is pending.');
  else {
    const p = pending.unwrap();
    const at = p.enactableAt.toNumber();
    const eta = Date.now() + Math.max(0, at - best) * blockDuration(api);
    upgrade = h(
      'div',
      {},
      h(
        'p',
        {},
        'Code hash (BLAKE2-256 of the Wasm): ',
        h('span', { class: 'mono', id: 'upgrade-hash' }, p.codeHash.toHex()),
      ),
      h(
        'p',
        {},
        `Enacted at block ${at}, about ${dateWords(eta)}; until then a council majority can cancel it.`,
      ),
      h(
        'p',
        {},
        'Before it is enacted, check that this is the BLAKE2b-256 hash of the Wasm built from the source you reviewed, and rehearse it on the live state (docs/governance.md). If either fails, propose to cancel it (consortium.cancelUpgrade, a majority).',
      ),
      h('p', {}, 'Build it reproducibly from the release commit; it prints each runtime’s hash:'),
      h(
        'pre',
        { class: 'mono', tabindex: 0 },
        'git checkout <the release commit>\nbash scripts/release-runtime.sh',
      ),
      h('p', {}, 'Rehearse it on a fork of the chain (nothing reaches the chain):'),
      h(
        'pre',
        { class: 'mono', tabindex: 0 },
        'node scripts/rehearsal/rehearse.mjs --endpoint <your node’s ws:// URL> --wasm release/medledger_runtime.compact.compressed.wasm',
      ),
    );
  }
  page(
    'Council',
    out,
    h(
      'p',
      {},
      members.includes(self)
        ? 'You are a council member.'
        : `You are not a council member (${shortAddress(self)}).`,
    ),
    h('h2', {}, `Open motions (${motions.filter(Boolean).length})`),
    motions.filter(Boolean).length ? (motions.filter(Boolean) as HTMLElement[]) : h('p', {}, 'None.'),
    h('h2', {}, 'Pending runtime upgrade'),
    upgrade,
  );
}
