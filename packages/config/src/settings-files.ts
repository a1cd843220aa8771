/** The names and limits of settings files, shared by the Node resolver and the browser one. */

/** Configuration file names, in the order they are looked for in each folder (the first found is the folder's). */
export const configFileNames = ['.ilacsrc.json', '.ilacsrc.yaml', '.ilacsrc.yml'] as const;

/** The ignore file's name; it holds gitignore patterns relative to its own folder. */
export const ignoreFileName = '.ilacsignore';

/** Configuration and ignore files are small; anything larger is a mistake (or /dev/zero behind a link). */
export const maxSettingsFileBytes = 1024 * 1024;
