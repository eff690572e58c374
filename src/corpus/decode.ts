import { InputError } from '../errors.js';

/** Encodings a user may name with --encoding (WHATWG labels supported by Node's TextDecoder). */
export const ENCODINGS = ['utf-8', 'windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866', 'windows-1252'] as const;

/**
 * Decode a corpus file. UTF-8 (with or without BOM) is the default; a file that is not valid
 * UTF-8 is decoded with `encoding` when given, else stops with a message naming the likely
 * encoding and the fix. Binary files are refused.
 */
export function decodeFile(bytes: Uint8Array, file: string, encoding?: string): string {
  if (bytes.length === 0) return '';
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  for (const b of probe) if (b === 0) nul++;
  if (nul > 0) {
    throw new InputError('this is a binary file (it contains NUL bytes), not Markdown text', {
      file,
      hint: 'export the document as Markdown or plain text in UTF-8',
    });
  }
  try {
    // A BOM is dropped here, so offsets count from the first character after it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // --encoding names the encoding of the files that are not UTF-8: a UTF-8 English side
    // next to a Windows-1251 Russian side both read correctly.
    if (encoding && !isUtf8Label(encoding)) return checkEncoding(encoding, file).decode(bytes);
    const guess = guessCyrillicEncoding(bytes);
    throw new InputError(`the file is not valid UTF-8${guess ? ` (it looks like ${guess})` : ''}`, {
      file,
      hint: guess
        ? `convert it to UTF-8 (iconv -f ${guess} -t utf-8), or run with --encoding ${guess}`
        : 'convert it to UTF-8, or name its encoding with --encoding',
    });
  }
}

function isUtf8Label(label: string): boolean {
  return /^utf-?8$/i.test(label.trim());
}

/** A decoder for a user-named encoding; an unknown name is an input error. */
export function checkEncoding(label: string, file = '--encoding'): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label.trim());
  } catch {
    throw new InputError(`unknown encoding "${label}"`, { file, hint: `use one of: ${ENCODINGS.join(', ')}` });
  }
}

/**
 * Tell Windows-1251 from KOI8-R by which decoding yields the more plausible Russian text:
 * in KOI8-R lower-case letters sit in 0xC0–0xDF, in Windows-1251 in 0xE0–0xFF.
 */
export function guessCyrillicEncoding(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | undefined {
  let high = 0;
  for (const b of bytes) if (b >= 0xc0) high++;
  if (high === 0) return undefined;
  const common = /[оеаинтсрвлкмдпуяы]/g;
  const score = (enc: string): number => (new TextDecoder(enc).decode(bytes).match(common) ?? []).length;
  return score('koi8-r') > score('windows-1251') ? 'koi8-r' : 'windows-1251';
}
