/**
 * The operator's name, kept in a small file beside the database (the data folder of this computer), not in the
 * database: a backup restored from another computer must not bring that computer's clerk along.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SliceHandlers } from '../../../shared/api/contract';
import { MAX_OPERATOR_NAME, type operatorApi } from '../../../shared/api/operator-api';

export const OPERATOR_FILE_NAME = 'operator.json';

export function operatorFileFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), OPERATOR_FILE_NAME);
}

/** The stored name, or null when none was given or the file is unreadable (then the login name is used). */
export function readOperatorName(file: string): string | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown };
    const name = typeof parsed.name === 'string' ? parsed.name.trim() : '';
    return name && name.length <= MAX_OPERATOR_NAME ? name : null;
  } catch {
    return null;
  }
}

export interface OperatorService {
  /** The name now: read from the file once, then kept (each save names its author without touching the disk). */
  current(): string | null;
  handlers: SliceHandlers<typeof operatorApi>;
}

export function createOperatorService(file: string): OperatorService {
  let name: string | null | undefined;
  const current = () => (name === undefined ? (name = readOperatorName(file)) : name);
  return {
    current,
    handlers: {
      'operator.get': () => ({ name: current() }),
      'operator.set': (input) => {
        const temp = `${file}.tmp`;
        fs.writeFileSync(temp, `${JSON.stringify({ name: input.name }, null, 2)}\n`, 'utf8');
        fs.renameSync(temp, file);
        name = input.name;
        return { name: input.name };
      },
    },
  };
}
