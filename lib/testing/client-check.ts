import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { KAFKA_LIBS } from './kafka-tools';
import { REPO_ROOT } from './shared-dir';
import { refuseInFastRun } from './real-tools';

/**
 * scripts/kafka/ClientCheck.java, which loads exported client .properties
 * files with Kafka's own Java client and uses them (see its header for the
 * plan format): compiled once per test file, then run with a plan.
 */

const execFileAsync = promisify(execFile);

/** Compiles ClientCheck into `<work>/classes`; returns that folder. */
export async function compileClientCheck(work: string): Promise<string> {
  refuseInFastRun('ClientCheck', 'a JDK');
  const classes = path.join(work, 'classes');
  await execFileAsync('javac', ['-nowarn', '-cp', `${KAFKA_LIBS}/*`, '-d', classes, path.join(REPO_ROOT, 'scripts/kafka/ClientCheck.java')]);
  return classes;
}

/** Runs ClientCheck with a plan against `bootstrap`; returns its OK/FAIL/NOTE lines. */
export async function runClientCheck(classes: string, bootstrap: string, plan: readonly string[], work: string): Promise<string[]> {
  const file = path.join(work, `plan-${Date.now()}-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(file, `${plan.join('\n')}\n`);
  const args = ['-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Dlog4j2.level=error', '-cp', `${classes}:${KAFKA_LIBS}/*`, 'ClientCheck', bootstrap, file];
  try {
    const { stdout } = await execFileAsync('java', args, { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout.split('\n').filter((l) => /^(OK|FAIL|NOTE)\t/.test(l));
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    if (e.stdout && /^(OK|FAIL)\t/m.test(e.stdout)) return e.stdout.split('\n').filter((l) => /^(OK|FAIL|NOTE)\t/.test(l));
    throw new Error(`ClientCheck did not run: ${e.message}\n${e.stderr ?? ''}`);
  }
}
