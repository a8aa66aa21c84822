// Types of cli-build.mjs for the TypeScript that imports it (the tests and the bench).
export declare const SOURCES: readonly string[];
export declare const BUILD_FOLDER: string;
export declare function fingerprint(root: string): string;
export declare function freshEntry(root: string): string | undefined;
export declare function ensureBuild(options: {
  root: string;
  note?: (line: string) => void;
}): Promise<string>;
