import type { Command } from '../command';
import { alignCommand } from './align';
import { annotationsCommand } from './annotations';
import { blocksCommand } from './blocks';
import { commitmentsCommand } from './commitments';
import { compareCommand } from './compare';
import { curateCommand } from './curate';
import { outlineCommand } from './outline';
import { reportCommand } from './report';
import { searchCommand } from './search';
import { sourcesCommand } from './sources';

/** Every CLI command, in the order `--help` lists them. Add a command: one file, one line here. */
export const commands: readonly Command[] = [
  sourcesCommand,
  blocksCommand,
  alignCommand,
  outlineCommand,
  annotationsCommand,
  commitmentsCommand,
  compareCommand,
  curateCommand,
  reportCommand,
  searchCommand,
];
