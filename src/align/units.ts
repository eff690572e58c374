import type { Block } from '../types.js';
import { extractAnchors, midSentenceNames } from './anchors.js';
import type { AlignUnit } from './cost.js';

function kindOf(text: string, isHeading: boolean): AlignUnit['kind'] {
  if (isHeading) return 'heading';
  return text.length < 80 && !/[.!?…»”"')\]:;]\s*$/.test(text.trim()) ? 'fragment' : 'prose';
}

export function blockUnits(blocks: Block[]): AlignUnit[] {
  const names = midSentenceNames(blocks.map((b) => b.text));
  return blocks.map((b) => blockUnit(b, names));
}

export function blockUnit(block: Block, names?: Set<string>): AlignUnit {
  const text = block.text;
  return {
    length: text.replace(/\s+/g, ' ').length,
    anchors: extractAnchors(text, names),
    sentences: Math.max(1, block.sentences.length),
    kind: kindOf(text, block.kind === 'heading'),
  };
}

export function textUnit(text: string): AlignUnit {
  return {
    length: text.replace(/\s+/g, ' ').length,
    anchors: extractAnchors(text),
    sentences: 1,
    kind: 'prose',
  };
}
