#!/usr/bin/env node
// The `pytier` command line. Each subcommand lives in its own module under src/cli/ and is
// imported only when used, so `pytier ast` never loads the runtime and running a program
// never loads the benchmark harness.

interface Command {
  readonly summary: string;
  readonly load: () => Promise<{ main(args: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  ast: { summary: 'ast [--attributes] FILE   print ast.dump() of FILE', load: () => import('./cli/ast-command.js') },
  dis: { summary: 'dis FILE                  disassemble every code object of FILE', load: () => import('./cli/dis-command.js') },
  bench: { summary: 'bench [options]           run the benchmark harness (see bench/README.md)', load: () => import('./cli/bench-command.js') },
};

const RUN: Command = {
  summary: '[--tier=interp|jit|auto] FILE.py [args…] | -c CODE   run a Python program',
  load: () => import('./cli/run-command.js'),
};

function usage(): string {
  const lines = [`usage: pytier ${RUN.summary}`];
  for (const c of Object.values(COMMANDS)) lines.push(`       pytier ${c.summary}`);
  return lines.join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(usage());
    return argv.length === 0 ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  const module = await (command ?? RUN).load();
  return module.main(command ? argv.slice(1) : argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`pytier: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
