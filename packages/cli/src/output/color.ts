export type ColorChoice = 'always' | 'never' | 'auto';

/**
 * Whether to colour output, in the order users expect: `--color` / `--no-color` on the command
 * line; then NO_COLOR (https://no-color.org, any non-empty value); then FORCE_COLOR ("0" or
 * "false" switch colour off, any other value on, as Node and chalk read it); then TERM=dumb;
 * then whether the output is a terminal.
 */
export function wantsColor(choice: ColorChoice, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (choice !== 'auto') return choice === 'always';
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
