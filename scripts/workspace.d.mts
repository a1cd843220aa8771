export declare const repositoryRoot: string;
export declare function readManifest(folder: string): Record<string, unknown> & { name: string; version: string; private?: boolean };
export declare function workspaceFolders(root?: string): string[];
