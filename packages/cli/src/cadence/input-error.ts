import { LocatedFileError } from '@ilacs/config';

/** A history, draft or data file that cannot be read, with where and why. */
export class InputError extends LocatedFileError {}
