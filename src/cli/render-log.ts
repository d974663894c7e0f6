import { parseWorkflowCommand } from '../lib/local-runner.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
}

const wrap = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const colour: Style = {
  bold: wrap(1),
  dim: wrap(2),
  red: wrap(31),
  yellow: wrap(33),
  green: wrap(32),
  blue: wrap(34),
};
const id = (s: string): string => s;
export const plain: Style = { bold: id, dim: id, red: id, yellow: id, green: id, blue: id };

/** Renders one runner log line as GitHub shows it: groups as headers, annotations as labelled lines. */
export function renderLogLine(
  line: string,
  style: Style,
  depth: { groups: number; stopToken?: string } = { groups: 0 },
): string | undefined {
  const indent = depth.groups > 0 ? '  ' : '';
  if (depth.stopToken) {
    if (line === `::${depth.stopToken}::`) {
      depth.stopToken = undefined;
      return undefined;
    }
    return indent + line;
  }
  const cmd = parseWorkflowCommand(line);
  if (!cmd) return indent + line;
  if (cmd.command === 'stop-commands') {
    depth.stopToken = cmd.message;
    return undefined;
  }
  const where = cmd.props.file ? `${cmd.props.file}${cmd.props.line ? `:${cmd.props.line}` : ''}` : '';
  const head = [where, cmd.props.title].filter(Boolean).join(' ');
  const body = cmd.message.split('\n');
  const label = (tag: string): string =>
    `${tag}${head ? ' ' + style.bold(head) : ''}: ${body[0]}${
      body.length > 1
        ? '\n' +
          body
            .slice(1)
            .map((l) => '    ' + l)
            .join('\n')
        : ''
    }`;
  switch (cmd.command) {
    case 'group':
      depth.groups++;
      return style.blue(`▾ ${cmd.message}`);
    case 'endgroup':
      depth.groups = Math.max(0, depth.groups - 1);
      return undefined;
    case 'error':
      return label(style.red('Error'));
    case 'warning':
      return label(style.yellow('Warning'));
    case 'notice':
      return label(style.blue('Notice'));
    case 'add-mask':
    case 'debug':
      return undefined;
    default:
      return line;
  }
}
