// absentia's matchers are a few large case-insensitive Unicode alternations, each run sticky at many
// positions of many sentences. By default V8 first interprets a regexp's bytecode and compiles it to machine
// code only later ("tier-up"); on these matchers that costs more than it saves, and after one language's
// matchers have run, another's can stay several times slower. Compiling straight to machine code measured,
// in the same session (bench/extract*.bench.ts): English 0.94-1.06 -> 1.13-1.34 MB/s, Russian after
// Ukrainian 0.37 -> 1.36-1.73 MB/s, Ukrainian 2.0 -> 1.6-1.8 MB/s. Results are identical either way.
import v8 from 'node:v8';

let set = false;

/** Makes V8 compile regexps to machine code at once (process-wide); for absentia's own entry points. */
export function useCompiledRegexps(): void {
  if (set) return;
  v8.setFlagsFromString('--no-regexp-tier-up');
  set = true;
}
