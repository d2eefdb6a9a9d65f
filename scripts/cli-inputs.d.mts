/** Types of scripts/cli-inputs.mjs, for the benchmark that times the staleness check (bench/cli.ts). */
export declare const RECIPE: readonly string[];
export declare function hashInputs(root: string, files: readonly string[]): string | null;
export declare function recordLine(root: string, files: readonly string[]): string;
export declare function isStale(root: string, bundle: string): boolean;
