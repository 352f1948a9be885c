// The standard library .py files of the python3 on this machine (site-packages left out),
// in a stable order, and a deterministic sample of them for CI runs.

import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).trim();
}

export function stdlibFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'site-packages' || name === '__pycache__') continue;
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.endsWith('.py')) out.push(path);
    }
  };
  walk(stdlibDir());
  return out;
}

/** Every `step`-th file, starting at `offset`: the same files on every run. */
export function sampleFiles(files: string[], step: number, offset = 0): string[] {
  return files.filter((_, i) => i % step === offset);
}
