import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Runs a composite GitHub Action's steps as the Actions runner would, on this machine: inputs with
 * their defaults, `${{ }}` expressions over the inputs, github, runner and steps contexts, `if:`
 * conditions (with the implicit success()), `run:` steps in `bash -e` with the runner's environment
 * (GITHUB_ACTION_PATH, GITHUB_WORKSPACE, a GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file per step), and
 * `uses:` steps recorded with their evaluated `with:` instead of run. Enough of the runner for this
 * repository's action.yml; not a general implementation.
 */

interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

export interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface StepResult {
  name: string;
  id?: string;
  outcome: 'success' | 'failure' | 'skipped';
  uses?: string;
  with?: Record<string, string>;
  exitCode?: number;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  steps: StepResult[];
  outputs: Record<string, string>;
  /** Everything the steps printed, as the job log shows it (where workflow commands are read from). */
  log: string;
  summary: string;
  failed: boolean;
}

export function readAction(actionPath: string): Action {
  return parse(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as Action;
}

type Context = Record<string, unknown>;

/** GitHub's truthiness: false, 0, '' and null are false. */
const truthy = (value: unknown) => value !== '' && value !== false && value !== null && value !== undefined && value !== 0;

/** Evaluates a GitHub expression (the subset: literals, property paths, ! == != && || ( ), status functions). */
export function evaluate(expression: string, context: Context, status: { failed: boolean }): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?|\d+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++]!;
  const equal = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
  const primary = (): unknown => {
    const token = take();
    if (token === '!') return !truthy(primary());
    if (token === '(') {
      const value = or();
      take(); // ')'
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (/^\d+$/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    const functions: Record<string, () => boolean> = {
      'always()': () => true,
      'success()': () => !status.failed,
      'failure()': () => status.failed,
      'cancelled()': () => false,
    };
    if (token in functions) return functions[token]!();
    return (
      token
        .split('.')
        .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Context)[key] : undefined), context) ?? ''
    );
  };
  const comparison = (): unknown => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const operator = take();
      const right = primary();
      left = operator === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek() === '&&') {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (position !== tokens.length) throw new Error(`Cannot evaluate "${expression}" (stopped at "${peek()}")`);
  return value;
}

function substitute(text: string, context: Context, status: { failed: boolean }): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression.trim(), context, status) ?? ''));
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const pair = /^([\w-]+)=(.*)$/.exec(lines[i]!);
    if (pair) outputs[pair[1]!] = pair[2]!;
  }
  return outputs;
}

export function runAction(
  actionPath: string,
  options: { workspace: string; inputs?: Record<string, string>; env?: Record<string, string> },
): ActionRun {
  const action = readAction(actionPath);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ilacs-runner-'));
  try {
    const inputs = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, options.inputs?.[name] ?? input.default ?? '']),
    );
    const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
    const context: Context = {
      inputs,
      steps,
      github: { action_path: actionPath, workspace: options.workspace },
      runner: { temp: runnerTemp },
    };
    const status = { failed: false };
    const results: StepResult[] = [];
    const summaryFile = join(runnerTemp, 'summary.md');
    writeFileSync(summaryFile, '');
    let log = '';

    action.runs.steps.forEach((step, index) => {
      const name = step.name ?? step.uses ?? `step ${index + 1}`;
      const condition = (step.if ?? '').replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim();
      const statusChecked = /\b(always|success|failure|cancelled)\(\)/.test(condition);
      const runs = (statusChecked || !status.failed) && (condition === '' || truthy(evaluate(condition, context, status)));
      if (!runs) {
        if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped' };
        results.push({ name, ...(step.id ? { id: step.id } : {}), outcome: 'skipped', stdout: '', stderr: '' });
        return;
      }
      if (step.uses) {
        const withInputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), context, status)]),
        );
        if (step.id) steps[step.id] = { outputs: {}, outcome: 'success' };
        results.push({
          name,
          ...(step.id ? { id: step.id } : {}),
          outcome: 'success',
          uses: step.uses,
          with: withInputs,
          stdout: '',
          stderr: '',
        });
        return;
      }
      const outputFile = join(runnerTemp, `output-${index}`);
      const stepSummary = join(runnerTemp, `summary-${index}`);
      writeFileSync(outputFile, '');
      writeFileSync(stepSummary, '');
      const script = join(runnerTemp, `step-${index}.sh`);
      writeFileSync(script, step.run ?? '');
      const stepEnv = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(String(value), context, status)]),
      );
      const env = {
        ...process.env,
        ...options.env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: stepSummary,
        GITHUB_ENV: join(runnerTemp, 'env'),
        GITHUB_PATH: join(runnerTemp, 'path'),
        RUNNER_TEMP: runnerTemp,
        ...stepEnv,
      };
      const cwd = step['working-directory'] ? substitute(step['working-directory'], context, status) : options.workspace;
      // What the runner runs for `shell: bash`.
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
      const outcome = run.status === 0 ? 'success' : 'failure';
      if (outcome === 'failure') status.failed = true;
      if (step.id) steps[step.id] = { outputs: readOutputs(outputFile), outcome };
      appendFileSync(summaryFile, readFileSync(stepSummary, 'utf8'));
      log += run.stdout + run.stderr;
      results.push({
        name,
        ...(step.id ? { id: step.id } : {}),
        outcome,
        exitCode: run.status ?? -1,
        stdout: run.stdout,
        stderr: run.stderr,
      });
    });

    const outputs = Object.fromEntries(
      Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, context, status)]),
    );
    return { steps: results, outputs, log, summary: readFileSync(summaryFile, 'utf8'), failed: status.failed };
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}
