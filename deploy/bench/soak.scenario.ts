// The soak (issue 14): the gateway's client-facing reads held at a steady pace (half the maximum the
// throughput runs measured) for BENCH_SOAK_SECONDS, while the resident memory of every process is
// sampled. Passes when no request failed, the pace was held, and no process grew by 10 % or more.
// The pace is open-loop (requests start on a clock, not when the previous one answered), so a platform
// that slows down shows it as requests in flight piling up instead of quietly lowering the load.
import http from 'node:http';
import { readFileSync } from 'node:fs';

export const SOAK_RSS_GROWTH_LIMIT = 0.1;
/** Requests in flight per target above which the pace counts as lost (the platform cannot keep up). */
const MAX_IN_FLIGHT = 64;

export interface SoakTarget {
  name: string;
  url: string;
  /** Asked for each request: a soak longer than a token's lifetime swaps in fresh tokens. */
  headers: () => Record<string, string>;
  /** Requests per second to hold. */
  rate: number;
}

export interface SoakProcess {
  name: string;
  pid: number;
}

export interface SoakTargetResult {
  name: string;
  rate: number;
  sent: number;
  answered: number;
  errors: number;
  /** Requests the pace called for but not sent because MAX_IN_FLIGHT were still waiting. */
  behind: number;
  p50: number;
  p99: number;
  /** The first few failures' statuses or messages, to say what went wrong. */
  failures: string[];
}

export interface SoakProcessResult {
  name: string;
  /** Median RSS (MB) over the soak's first tenth (after its warm-up) and over its last tenth. */
  startMb: number;
  endMb: number;
  peakMb: number;
  growth: number;
  /** The process exited during the soak. */
  gone: boolean;
}

export interface SoakResult {
  seconds: number;
  targets: SoakTargetResult[];
  processes: SoakProcessResult[];
  samples: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A process's resident set (VmRSS) in MB; undefined once it is gone. */
export function rssMegabytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Holds every target at its rate for `seconds`, sampling the processes' RSS once a second. */
export async function soak(
  targets: SoakTarget[],
  processes: SoakProcess[],
  seconds: number,
): Promise<SoakResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
  const states = targets.map((target) => ({
    target,
    sent: 0,
    answered: 0,
    errors: 0,
    behind: 0,
    inFlight: 0,
    latencies: [] as number[],
    failures: [] as string[],
  }));
  const fail = (state: (typeof states)[number], why: string) => {
    state.errors++;
    if (state.failures.length < 5) state.failures.push(why);
  };
  const fire = (state: (typeof states)[number]) => {
    state.sent++;
    state.inFlight++;
    const begin = performance.now();
    const request = http.get(state.target.url, { agent, headers: state.target.headers() }, (response) => {
      response.resume();
      response.on('end', () => {
        state.inFlight--;
        state.answered++;
        state.latencies.push(performance.now() - begin);
        if ((response.statusCode ?? 500) >= 300) fail(state, `HTTP ${response.statusCode ?? '?'}`);
      });
    });
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.on('error', (error) => {
      state.inFlight--;
      fail(state, error.message);
    });
  };

  const samples = new Map<string, number[]>(processes.map(({ name }) => [name, []]));
  const gone = new Set<string>();
  const sampleAll = () => {
    for (const { name, pid } of processes) {
      const megabytes = rssMegabytes(pid);
      if (megabytes === undefined) gone.add(name);
      else samples.get(name)?.push(megabytes);
    }
  };

  const begin = performance.now();
  const end = begin + seconds * 1000;
  let nextSample = begin;
  let sampleCount = 0;
  // A 10 ms clock: each tick sends what the pace calls for since the start (no drift, no bursts).
  while (performance.now() < end) {
    const now = performance.now();
    for (const state of states) {
      const due = Math.floor(((now - begin) / 1000) * state.target.rate) - state.sent - state.behind;
      for (let index = 0; index < due; index++) {
        if (state.inFlight >= MAX_IN_FLIGHT) state.behind++;
        else fire(state);
      }
    }
    if (now >= nextSample) {
      sampleAll();
      sampleCount++;
      nextSample += 1000;
    }
    await sleep(10);
  }
  // The last requests answer (bounded), then one last sample.
  const drainUntil = Date.now() + 30_000;
  while (states.some((state) => state.inFlight > 0) && Date.now() < drainUntil) await sleep(50);
  sampleAll();
  sampleCount++;
  agent.destroy();

  const percentile = (values: number[], share: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
  };
  return {
    seconds,
    samples: sampleCount,
    targets: states.map((state) => ({
      name: state.target.name,
      rate: state.target.rate,
      sent: state.sent,
      answered: state.answered,
      errors: state.errors + state.inFlight,
      behind: state.behind,
      p50: percentile(state.latencies, 0.5),
      p99: percentile(state.latencies, 0.99),
      failures: state.inFlight > 0 ? [...state.failures, `${state.inFlight} unanswered`] : state.failures,
    })),
    processes: processes.map(({ name }) => {
      const series = samples.get(name) ?? [];
      // The first tenth is the baseline: later samples are compared with where the soak started,
      // not with the idle figure (pools and JIT caches fill in the first seconds of any load).
      const window = Math.max(1, Math.floor(series.length / 10));
      const startMb = median(series.slice(0, window));
      const endMb = median(series.slice(-window));
      return {
        name,
        startMb,
        endMb,
        peakMb: Math.max(...series),
        growth: endMb / startMb - 1,
        gone: gone.has(name),
      };
    }),
  };
}

export function soakPassed(result: SoakResult): boolean {
  return (
    result.targets.every((target) => target.errors === 0 && target.behind === 0 && target.sent > 0) &&
    result.processes.every(
      (process) => !process.gone && Number.isFinite(process.growth) && process.growth < SOAK_RSS_GROWTH_LIMIT,
    )
  );
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

export function describeSoak(result: SoakResult): string[] {
  const lines = result.targets.map(
    (target) =>
      `${target.name.padEnd(22)} ${target.rate.toFixed(1)} req/s: ${target.answered}/${target.sent} answered, errors ${target.errors}, behind the pace ${target.behind}, p50 ${ms(target.p50)}, p99 ${ms(target.p99)}${target.failures.length > 0 ? ` (${target.failures.join('; ')})` : ''}`,
  );
  for (const process of result.processes)
    lines.push(
      `${process.name.padEnd(14)} RSS ${process.startMb.toFixed(1)} → ${process.endMb.toFixed(1)} MB (${process.growth >= 0 ? '+' : ''}${(process.growth * 100).toFixed(1)} %, peak ${process.peakMb.toFixed(1)} MB)${process.gone ? ' EXITED' : ''}`,
    );
  lines.push(
    `${result.samples} RSS samples over ${result.seconds}s; limit: growth < ${SOAK_RSS_GROWTH_LIMIT * 100} %`,
  );
  return lines;
}
