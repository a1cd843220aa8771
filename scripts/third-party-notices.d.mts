// Declarations for the release tooling's notices module, for the TypeScript builds that import it.
export const noticesFileName: string;
export const noticesJsonName: string;
export const metafileName: string;
export interface NoticePackage {
  name: string;
  version: string;
  license: string;
  source?: string;
  files: { name: string; text: string }[];
}
export interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}
export function packageFolderOf(inputPath: string): string | undefined;
export function licenceSection(markdown: string): string | undefined;
export function bundledPackages(metafiles: readonly Metafile[], workingDir?: string): NoticePackage[];
export function writeThirdPartyNotices(options: {
  product: string;
  metafiles: readonly Metafile[];
  folder: string;
  workingDir?: string;
}): NoticePackage[];
