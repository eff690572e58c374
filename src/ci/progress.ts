/**
 * "pairs done/total" on stderr for long runs, on one line rewritten in place. Silent when
 * stderr is not a terminal or when CI is set (CI logs are files: a progress line is noise there).
 */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

export function progressEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.CI;
}

export function makeProgress(total: number, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!progressEnabled(stream, env) || total === 0) return SILENT;
  let done = 0;
  const write = (s: string) => stream.write(`\r\x1b[2K${s}`);
  return {
    tick(label) {
      done++;
      write(`bitext: ${done}/${total} pairs (${label})`);
    },
    done() {
      write('');
    },
  };
}
