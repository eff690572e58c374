/**
 * Extra accepted words for the spelling rule, supplied by other modules (the termbase feeds
 * its English and Russian terms here). A provider sees the rule context of the pair being
 * checked and returns words to accept for it.
 */
import type { RuleContext } from '../checks/types.js';

export type AcceptedWordsProvider = (ctx: RuleContext) => Iterable<string>;

const providers: AcceptedWordsProvider[] = [];

/** Register a provider; returns a function that unregisters it. */
export function addAcceptedWords(provider: AcceptedWordsProvider): () => void {
  providers.push(provider);
  return () => {
    const i = providers.indexOf(provider);
    if (i >= 0) providers.splice(i, 1);
  };
}

/**
 * What each provider accepts for this pair, as it returned it: a provider that returns the same
 * object for every pair (the termbase's words) lets the spelling rule key it once.
 */
export function extraWordLists(ctx: RuleContext): Array<Iterable<string>> {
  return providers.map((p) => p(ctx));
}
