/** One row of an indicator table: 附件2's and each 项目支出绩效自评表's (the same columns in the national layout). */
import { z } from 'zod';
import { longText, shortText, statedCenti } from './primitives';

export const Indicator = z.object({
  level1: shortText,
  level2: shortText,
  name: shortText,
  nature: z.enum(['=', '≥', '≤', '定性']),
  target: shortText,
  unit: shortText,
  actual: shortText,
  weightCenti: statedCenti,
  scoreCenti: statedCenti,
  deviation: longText,
});

export type Indicator = z.infer<typeof Indicator>;
