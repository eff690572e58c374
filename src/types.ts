/** Shared data types. Data flows one way: read → segment → align → check → filter → report. */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell';

/** A sentence inside a block; offsets are relative to the block's text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** An alignable unit of a document, with its position in the original file. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** The block's text exactly as it stands in the file (file.slice(start, end)). */
  text: string;
  /** Offsets into the original file text. */
  start: number;
  end: number;
  line: number;
  column: number;
  sentences: Sentence[];
}

export interface Doc {
  lang: string;
  /** Path as given to the tool (relative to the working directory when possible). */
  path: string;
  /** The decoded file text; every offset points into it. */
  content: string;
  blocks: Block[];
  /** Start offset of each line (for offset → line/column). */
  lineStarts: number[];
}

export interface PairMeta {
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD` or `YYYY-MM`: resolves relative dates. */
  published?: string;
  source?: string;
}

export interface Pair {
  id: string;
  dir: string;
  meta: PairMeta;
  source: Doc;
  target: Doc;
}

export interface SentenceBead {
  source: number[];
  target: number[];
  score: number;
}

/** A link between zero or more source blocks and zero or more target blocks. */
export interface Bead {
  source: number[];
  target: number[];
  /** Confidence in [0, 1]. */
  score: number;
  confirmed?: boolean;
  sentences?: SentenceBead[];
}

/** Where a finding sits on one side of the pair. */
export interface Location {
  /** 0-based block index in document order. */
  paragraph: number;
  /** 0-based sentence index inside the block, when the finding is that precise. */
  sentence?: number;
  /** 1-based line and column of the start of the range in the file. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets into the file. */
  start: number;
  end: number;
  /** The highlighted text. */
  text: string;
}

export interface Finding {
  /** Stable fingerprint: rule + normalised texts involved. */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  source: Location | null;
  target: Location | null;
  /** Set by the filter stage. */
  status?: 'open' | 'dismissed' | 'baseline';
  reason?: string;
}

/** What a rule reports: a range inside a block on either side (offsets relative to the block text). */
export interface Span {
  block: number;
  start?: number;
  end?: number;
}

export interface RawFinding {
  rule: string;
  message: string;
  source?: Span | null;
  target?: Span | null;
  severity?: Severity;
}

export interface PairResult {
  id: string;
  source: { lang: string; path: string; blocks: number };
  target: { lang: string; path: string; blocks: number };
  alignment: Bead[];
  findings: Finding[];
}
