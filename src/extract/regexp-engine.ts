// absentia's matchers are a few large case-insensitive Unicode alternations, each run sticky at many
// positions of many sentences. By default V8 first interprets a regexp's bytecode and compiles it to machine
// code only later ("tier-up"); on these matchers that costs more than it saves, and after one language's
// matchers have run, another's can stay several times slower. Compiling straight to machine code measured,
// in the same session (bench/extract*.bench.ts): English 0.94-1.06 -> 1.13-1.34 MB/s, Russian after
// Ukrainian 0.37 -> 1.36-1.73 MB/s, Ukrainian 2.0 -> 1.6-1.8 MB/s. Results are identical either way.
//
// The flag is given on node's command line (bin/absentia.js's shebang, the npm scripts, scripts/bench.mjs):
// V8 flags changed after start-up are unsupported ("may crash"), so absentia never sets it at run time.

export const COMPILED_REGEXPS_FLAG = '--no-regexp-tier-up';

/** Whether this process runs with regexps compiled at once. */
export function compiledRegexps(): boolean {
  return process.execArgv.includes(COMPILED_REGEXPS_FLAG);
}
