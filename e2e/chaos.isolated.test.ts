import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@client-portal/kit';

interface ChaosReport {
  events: number;
  kills: { target: string }[];
  durationSeconds: number;
  checks: { name: string; ok: boolean; detail: string }[];
  figures: Record<string, number>;
  ok: boolean;
}

/**
 * The reduced chaos run (deploy/chaos/chaos.ts, `npm run chaos` for the full one): a few hundred
 * business events through the six services and the gateway running as real processes, each service
 * SIGKILLed and restarted once and Kafka restarted once (through deploy/local/infra.mjs: this suite runs
 * in the isolated phase, alone on the infrastructure). Passes only when nothing was lost and nothing
 * happened twice: every read model agrees with its source, one receipt per payment, no dead letter.
 * The script runs as a process (it starts processes and restarts Kafka; its report comes back as JSON).
 */
describe('chaos: services killed and Kafka restarted mid-traffic, nothing lost, nothing twice', () => {
  it('drives invoices, payments, messages and approvals through the kills, then every check passes', async () => {
    const repo = repoRoot();
    const reportFile = path.join(os.tmpdir(), `chaos-report-${process.pid}.json`);
    rmSync(reportFile, { force: true });
    // CI: a few hundred events (each service killed once, Kafka once); locally a little more.
    const events = Number(process.env.CHAOS_EVENTS ?? (process.env.CI ? 140 : 350));
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'deploy/chaos/chaos.ts')],
        {
          cwd: repo,
          env: {
            ...process.env,
            CHAOS_EVENTS: String(events),
            CHAOS_ROUNDS: '1',
            CHAOS_CLIENTS: '6',
            CHAOS_REPORT: reportFile,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('exit', resolve);
    });
    process.stdout.write(output.join(''));
    expect(existsSync(reportFile)).toBe(true);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ChaosReport;
    rmSync(reportFile, { force: true });

    // Every service killed once and Kafka restarted once, while the events ran.
    expect(report.kills.map((kill) => kill.target).sort()).toEqual(
      ['billing', 'crm', 'identity', 'kafka', 'messaging', 'notification', 'portal'].sort(),
    );
    expect(report.events).toBeGreaterThanOrEqual(events);
    expect(report.figures.payments).toBeGreaterThan(0);
    expect(report.figures.emails).toBeGreaterThan(0);
    // Each check by name, so a failure says which promise broke and how.
    const failed = report.checks.filter((check) => !check.ok);
    expect(failed).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(9);
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
  }, 600_000);
});
