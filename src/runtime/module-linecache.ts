// The source text of the files pytier ran (it has no file system: the CLI and `execute`
// register the main script), for traceback lines and the `linecache` module, whose
// getline() the warnings module uses to show a warning's line.
import { type PyValue } from './object.js';
import { typeError } from './errors.js';
import { typeOf } from './builtin-types.js';
import { defFunction } from './builtin-function.js';
import { toIndex } from './ops-number.js';
import { newModule, registerModule } from './modules.js';

const sources = new Map<string, string[]>();

/** Make a file's text available to tracebacks and linecache. */
export function registerSource(filename: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start another.
  if (lines[lines.length - 1] === '') lines.pop();
  sources.set(filename, lines);
}

/** Line `lineno` of a registered file, without its newline. */
export function sourceLine(filename: string, lineno: number): string | undefined {
  return sources.get(filename)?.[lineno - 1];
}

registerModule('linecache', () => {
  const m = newModule('linecache', 'Cache lines from Python source files.\n\nThis is intended to read lines from modules imported -- hence if a filename\nis not found, it will look down the module search path for a file by\nthat name.\n');
  const getline = defFunction('getline', '(filename, lineno, module_globals=None)', (filename: PyValue, lineno: PyValue) => {
    if (typeof filename !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(filename).name}`);
    const n = Number(toIndex(lineno));
    const line = n >= 1 ? sourceLine(filename, n) : undefined;
    return line === undefined ? '' : line + '\n';
  }, 'linecache');
  m.set('getline', getline);
  return m;
});
