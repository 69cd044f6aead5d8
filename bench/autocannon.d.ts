// The part of autocannon's API that bench/server.bench.ts uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Result {
      requests: { average: number };
      latency: { p50: number; p97_5: number; p99: number };
      errors: number;
      non2xx: number;
      '2xx': number;
      '3xx': number;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      requests?: { method: string; path: string; headers?: Record<string, string> }[];
    }
  }
  function autocannon(opts: autocannon.Options, cb: (err: Error | null, res: autocannon.Result) => void): unknown;
  export default autocannon;
}
