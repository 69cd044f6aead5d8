// Timing shared by the extraction benches: CPU time ("per core", and fair on a machine shared with other work),
// rounds in which the measured side and its baseline take turns, and the engine setting both ran under.
import { COMPILED_REGEXPS_FLAG, compiledRegexps } from '../src/extract/regexp-engine';

export interface Timed<T> {
  result: T;
  /** CPU seconds, user + system. */
  seconds: number;
}

export function cpuTime<T>(f: () => T): Timed<T> {
  const t0 = process.cpuUsage();
  const result = f();
  const t = process.cpuUsage(t0);
  return { result, seconds: (t.user + t.system) / 1e6 };
}

/**
 * Both sides in turns, `rounds` times: the first pass over new text is slower (JIT, lazily built matchers) and
 * garbage collection varies from round to round, so one run says little; compare each side's median round.
 */
export function inTurns<A, B>(rounds: number, ours: () => A, theirs: () => B): { ours: Array<Timed<A>>; theirs: Array<Timed<B>> } {
  const out = { ours: [] as Array<Timed<A>>, theirs: [] as Array<Timed<B>> };
  for (let r = 0; r < rounds; r++) {
    out.ours.push(cpuTime(ours));
    out.theirs.push(cpuTime(theirs));
  }
  return out;
}

/** The round in the middle by time. */
export function medianRound<T>(rounds: ReadonlyArray<Timed<T>>): Timed<T> {
  return [...rounds].sort((a, b) => a.seconds - b.seconds)[Math.floor(rounds.length / 2)]!;
}

/** Whether node runs with regexps compiled at once, as absentia's CLI does (scripts/bench.mjs passes the flag). */
export function engineSetting(): string {
  return compiledRegexps() ? `regexps compiled at once (${COMPILED_REGEXPS_FLAG}), as the CLI runs` : `V8 default regexp tier-up (the CLI runs with ${COMPILED_REGEXPS_FLAG})`;
}
