/** Every `thuky` sub-command, in the order `--help` lists them. A capability adds its command here. */
import type { Command } from './command.ts';
import { demoCommand } from './demo.ts';
import { serveCommand } from './serve.ts';
import { returnsCommand } from './returns.ts';
import { parseCommand } from './parse.ts';
import { backupCommands } from './backup.ts';
import { packCommand } from './pack.ts';
import { importCommand } from './import.ts';

export const commands: Command[] = [
  demoCommand,
  serveCommand,
  returnsCommand,
  parseCommand,
  ...backupCommands,
  packCommand,
  importCommand,
];
