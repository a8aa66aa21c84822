// The one entry of the prebuilt command line (bin/entente.mjs builds it and calls runCommand):
// each command is loaded on demand, so `validate` does not pay for the analysis or the exporters.
// Output and exit codes are the commands' own; an unexpected error prints its stack (exit 1).
import { bufferedPrinter, printError, printLine, quietOnClosedPipe } from '../node/stdout';

type Out = (line: string) => void;
type Command = (args: readonly string[], out: Out) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: async (args, out) => (await import('./validate')).validateCommand(args, out),
  analyze: async (args, out) => (await import('./analyze')).analyzeCommand(args, out),
  export: async (args, out) => (await import('./export')).exportCommand(args, out),
  generate: async (args, out) => (await import('./generate')).generateCommand(args, out),
  schema: async (_args, out) => (await import('./write-schema')).writeSchemaCommand(out),
};

/**
 * A large data set's first picture (node/first-picture.ts), for the Vite plugin, which runs the
 * analysis from this prebuilt bundle rather than bundling it into Vite's config.
 */
export async function firstPicture(
  files: Parameters<typeof import('../node/first-picture').firstPicture>[0],
): Promise<import('../node/first-picture').FirstPicture | null> {
  return (await import('../node/first-picture')).firstPicture(files);
}

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/**
 * Runs one command with its arguments and resolves to the process's exit code. `write` takes
 * stdout's text (tests pass their own); it gets the lines in chunks, not one write per line.
 */
export async function runCommand(
  name: string,
  args: readonly string[],
  write?: (text: string) => void,
): Promise<number> {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const names = COMMAND_NAMES.join(', ');
    printLine(
      name === ''
        ? `Usage: node bin/entente.mjs COMMAND [ARGS]   (commands: ${names}; or npm run COMMAND -- ARGS)`
        : `entente: unknown command "${name}" (commands: ${names})`,
    );
    return 2;
  }
  // As when each ran on its own: these can print thousands of lines into `… | head`.
  if (name === 'validate' || name === 'analyze' || name === 'export') quietOnClosedPipe();
  const printer = bufferedPrinter(write);
  try {
    return await command(args, printer.print);
  } catch (error) {
    printer.flush();
    printError(error);
    return 1;
  } finally {
    printer.flush();
  }
}
