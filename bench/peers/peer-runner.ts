// Runs a Python script under a peer runtime installed by `npm run bench:peers` (into .peers/,
// never part of the main install):
//   node peer-runner.js pyodide|micropython PACKAGE_DIR SCRIPT.py
// Both peers hand stdout to a callback line by line; the runner writes each line to stdout at
// once, so the start-up measurement sees the first output when it happens. A Python
// exception becomes a message on stderr and exit status 1, as with python3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PythonRunner {
  runPython(code: string): unknown;
}

type Loader = (options: { stdout: (line: string) => void; stderr: (line: string) => void }) => Promise<PythonRunner>;

const ENTRY: Record<string, { file: string; loader: string }> = {
  pyodide: { file: 'pyodide.mjs', loader: 'loadPyodide' },
  micropython: { file: 'micropython.mjs', loader: 'loadMicroPython' },
};

async function main([peer, packageDir, scriptPath]: string[]): Promise<number> {
  const entry = Object.hasOwn(ENTRY, peer) ? ENTRY[peer] : undefined;
  if (entry === undefined || packageDir === undefined || scriptPath === undefined) {
    process.stderr.write('usage: peer-runner pyodide|micropython PACKAGE_DIR SCRIPT.py\n');
    return 2;
  }
  const module = (await import(pathToFileURL(join(packageDir, entry.file)).href)) as Record<string, unknown>;
  const load = module[entry.loader] as Loader;
  const runtime = await load({
    stdout: (line) => process.stdout.write(line + '\n'),
    stderr: (line) => process.stderr.write(line + '\n'),
  });
  try {
    runtime.runPython(readFileSync(scriptPath, 'utf8'));
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`peer-runner: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
