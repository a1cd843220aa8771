/** A file that cannot be used, with where (1-based line and column) and why. */
export class LocatedFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = new.target.name;
  }
}

/** A configuration file that cannot be used. */
export class ConfigError extends LocatedFileError {}
