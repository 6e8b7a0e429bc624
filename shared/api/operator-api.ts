/**
 * Who is working at this computer: the name the audit log records for every change (instead of the computer's
 * login, which reads "root" or "Administrator" on a shared county PC). Asked once, kept on this computer.
 */
import { z } from 'zod';

/** A person's name as it appears in the audit log. */
export const MAX_OPERATOR_NAME = 30;

const OperatorState = z.object({
  /** null until the clerk has told the program; the audit log then names the computer's login. */
  name: z.string().nullable(),
});

export const operatorApi = {
  'operator.get': { input: z.object({}), output: OperatorState },
  'operator.set': {
    input: z.object({
      name: z
        .string()
        .trim()
        .min(1, { error: '请填写姓名' })
        .max(MAX_OPERATOR_NAME, { error: `姓名不能超过${MAX_OPERATOR_NAME}字` }),
    }),
    output: OperatorState,
  },
} as const;
