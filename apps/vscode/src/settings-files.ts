/**
 * The workspace's configuration and ignore files, as `@ilacs/config` names them (its `configFileNames`
 * and `ignoreFileName`; a unit test holds the two together): the web extension sends their text to
 * the server, which cannot read files in a browser.
 */
export const settingsFilesGlob = '**/{.ilacsrc.json,.ilacsrc.yaml,.ilacsrc.yml,.ilacsignore}';

/** Folders no one keeps settings for drafts in, and that can be huge. */
export const settingsFilesExclude = '**/{node_modules,.git}/**';
