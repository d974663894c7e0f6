/**
 * A step's log as the runner keeps it: every line masked with the run's masker, `::add-mask::` registered (and
 * never kept), `::stop-commands::<token>` honoured (lines until `::<token>::` are text, whatever they hold).
 */
import { neutraliseLine, splitLines } from '../../core.js';
import { parseWorkflowCommand } from '../../local-runner.js';
import type { Masker } from '../../mask.js';

export class StepLog {
  readonly lines: string[] = [];
  private stop: string | undefined;
  private pending = '';

  constructor(
    private readonly masker: Masker,
    private readonly emit: (line: string) => void = () => undefined,
  ) {}

  /** One line as a process or an action printed it (no line ending). */
  line(raw: string): void {
    if (this.stop !== undefined) {
      if (raw === `::${this.stop}::`) {
        this.stop = undefined;
        this.keep(raw);
      } else this.keep(neutraliseLine(this.masker.mask(raw)));
      return;
    }
    const cmd = parseWorkflowCommand(raw.trimStart());
    if (cmd?.command === 'add-mask') {
      this.masker.add(cmd.message);
      return;
    }
    if (cmd?.command === 'stop-commands') this.stop = cmd.message;
    this.keep(this.masker.mask(raw));
  }

  /** A chunk of a child's output: split into lines the way the runner does (a bare \r ends a line too). */
  chunk(text: string): void {
    const lines = splitLines(this.pending + text);
    this.pending = lines.pop() ?? '';
    for (const l of lines) this.line(l);
  }

  flush(): void {
    if (this.pending) this.line(this.pending);
    this.pending = '';
  }

  /** A line the runner itself writes (not from the step): masked, neutralised unless it is a command we made. */
  note(text: string): void {
    for (const l of splitLines(text)) this.keep(neutraliseLine(this.masker.mask(l)));
  }

  /** An annotation the runner writes (`Process completed with exit code 1.`). */
  annotate(kind: 'error' | 'warning' | 'notice', message: string): void {
    const data = this.masker.mask(message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    this.keep(`::${kind}::${data}`);
  }

  private keep(line: string): void {
    this.lines.push(line);
    this.emit(line);
  }
}
