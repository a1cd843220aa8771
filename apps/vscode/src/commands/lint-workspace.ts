import { lintFileRequest, type LintFileResult } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from '../language-client.js';
import { isEnabledFor } from '../settings.js';
import { settingsFilesExclude } from '../settings-files.js';

export const lintTaskType = 'ilacs';
export const lintTaskName = 'lint drafts';
/** The problem matcher (package.json) that reads this task's output, and the CLI's default (stylish) output. */
export const problemMatcher = '$ilacs';

/** Markdown files a folder can hold; more is not a folder of drafts. */
const maxFiles = 5000;

const severities = new Map([
  [1, 'error'],
  [2, 'warning'],
  [3, 'info'],
  [4, 'info'],
]);

/**
 * The "ilacs: lint drafts" task, one per workspace folder: every Markdown file in the folder is read
 * through VS Code's file system and linted by the language server with the configuration that applies
 * to it, and the problems are written in the command line's stylish format, which the `$ilacs` problem
 * matcher turns into Problems panel entries (as vscode-markdownlint's lint-workspace task does). It
 * needs no shell and no installed command line, so it works on vscode.dev too.
 */
export class LintTaskProvider implements vscode.TaskProvider {
  constructor(private readonly controller: LanguageClientController) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => isEnabledFor(folder.uri))
      .map((folder) => this.task(folder, { type: lintTaskType }));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const folder = task.scope;
    if (task.definition.type !== lintTaskType || typeof folder !== 'object') return undefined;
    return this.task(folder, task.definition);
  }

  private task(folder: vscode.WorkspaceFolder, definition: vscode.TaskDefinition): vscode.Task {
    const execution = new vscode.CustomExecution(async () => new LintTerminal(this.controller, folder));
    const task = new vscode.Task(definition, folder, lintTaskName, 'ilacs', execution, problemMatcher);
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  }
}

/** "ILACS: Lint the workspace": runs the task for every folder that checks drafts; resolves when they have all ended. */
export async function lintWorkspace(): Promise<number> {
  const tasks = await vscode.tasks.fetchTasks({ type: lintTaskType });
  if (tasks.length === 0) {
    void vscode.window.showInformationMessage('ILACS: no folder to lint (open one, or set ilacs.enable).');
    return 0;
  }
  // Listening before starting: a folder with nothing to read can end before executeTask returns.
  const ended = new Set<vscode.TaskExecution>();
  let wake: () => void = () => undefined;
  const listener = vscode.tasks.onDidEndTask((event) => {
    ended.add(event.execution);
    wake();
  });
  try {
    const executions = await Promise.all(tasks.map((task) => vscode.tasks.executeTask(task)));
    while (!executions.every((execution) => ended.has(execution))) await new Promise<void>((resolve) => (wake = resolve));
    return executions.length;
  } finally {
    listener.dispose();
  }
}

class LintTerminal implements vscode.Pseudoterminal {
  private readonly writer = new vscode.EventEmitter<string>();
  private readonly closer = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.writer.event;
  readonly onDidClose = this.closer.event;
  private cancelled = false;

  constructor(
    private readonly controller: LanguageClientController,
    private readonly folder: vscode.WorkspaceFolder,
  ) {}

  open(): void {
    void this.run().then(
      (code) => this.closer.fire(code),
      (error: unknown) => {
        this.line(`ILACS: ${error instanceof Error ? error.message : String(error)}`);
        this.closer.fire(2);
      },
    );
  }

  close(): void {
    this.cancelled = true;
  }

  private line(text = ''): void {
    this.writer.fire(`${text.replace(/\r?\n/g, '\r\n')}\r\n`);
  }

  /** Exit code as the CLI's: 1 when there are errors, else 0. */
  private async run(): Promise<number> {
    this.line(`Linting the drafts in ${this.folder.name}...`);
    const files = await vscode.workspace.findFiles(
      new vscode.RelativePattern(this.folder, '**/*.{md,markdown}'),
      settingsFilesExclude,
      maxFiles,
    );
    files.sort((a, b) => a.path.localeCompare(b.path));
    const counts = { drafts: 0, errors: 0, warnings: 0, infos: 0 };
    const decoder = new TextDecoder();
    const reportedConfigFiles = new Set<string>();
    for (const file of files) {
      if (this.cancelled) return 130;
      const text = decoder.decode(await vscode.workspace.fs.readFile(file));
      const result = await this.controller.request<LintFileResult>(lintFileRequest, { uri: file.toString(), text });
      if (result.configProblem) {
        const where = result.configProblem.uri ?? file.toString();
        if (reportedConfigFiles.has(where)) continue;
        reportedConfigFiles.add(where);
        counts.errors++;
        this.section(vscode.Uri.parse(where), [
          `  ${result.configProblem.line}:${result.configProblem.column}  error    ${oneLine(result.configProblem.message)}  config`,
        ]);
        continue;
      }
      if (!result.isDraft || result.ignored) continue;
      counts.drafts++;
      const rows = result.diagnostics.map((d) => {
        const severity = severities.get(d.severity ?? 1) ?? 'error';
        if (severity === 'error') counts.errors++;
        else if (severity === 'warning') counts.warnings++;
        else counts.infos++;
        return {
          where: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
          severity,
          message: oneLine(d.message),
          rule: String(d.code ?? ''),
        };
      });
      if (rows.length === 0) continue;
      const width = Math.max(...rows.map((r) => r.where.length));
      this.section(
        file,
        rows.map((r) => `  ${r.where.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.message}  ${r.rule}`),
      );
    }
    const total = counts.errors + counts.warnings + counts.infos;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (total === 0) this.line(`✔ ${plural(counts.drafts, 'draft')} checked: no problems.`);
    else
      this.line(
        `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${counts.infos ? `, ${counts.infos} info` : ''}) in ${plural(counts.drafts, 'draft')}`,
      );
    return counts.errors > 0 ? 1 : 0;
  }

  /** A file's name (relative to the folder, as the problem matcher resolves it) and its rows, as the CLI's stylish output. */
  private section(file: vscode.Uri, rows: string[]): void {
    this.line(vscode.workspace.asRelativePath(file, false));
    for (const row of rows) this.line(row);
    this.line();
  }
}

/** One problem, one line: the matcher reads line by line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
