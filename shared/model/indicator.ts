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

/**
 * A row with nothing typed yet (figures 未填写); `fill` sets what a frame or a template already knows — the 一级指标,
 * a default 分值 — so the editor's new row, a new project table and the blank workbooks start from one shape.
 */
export function blankIndicator(fill: Partial<Indicator> = {}): Indicator {
  return {
    level1: '',
    level2: '',
    name: '',
    nature: '≥',
    target: '',
    unit: '',
    actual: '',
    weightCenti: null,
    scoreCenti: null,
    deviation: '',
    ...fill,
  };
}
