/** The settings slice of the API: the unit's house layout of the formal PDF (GB/T 9704 when none is set). */
import { z } from 'zod';
import { HouseLayout } from '../pdf/house-layout';
import { RulePackSchema } from '../checks/rule-pack';

const LayoutState = z.object({
  layout: HouseLayout,
  /** True when no house layout is set: the PDF follows GB/T 9704-2012. */
  isStandard: z.boolean(),
});

const PackEntry = z.object({ pack: RulePackSchema, builtIn: z.boolean() });

/** A pack file is a few KB; 1 MB leaves room and keeps a wrong file out. */
const MAX_PACK_CHARS = 1_000_000;

export const settingsApi = {
  /** Every rule pack this computer has: the built-in ones and those a finance bureau issued and the clerk imported. */
  'settings.rulePacks': { input: z.object({}), output: z.array(PackEntry) },
  /** Imports (or replaces, by id) a bureau's pack file; refused with the fields at fault when it does not validate. */
  'settings.importRulePack': {
    input: z.object({
      content: z.string().max(MAX_PACK_CHARS, { error: '规则包文件过大（超过1 MB），这不像规则包文件' }),
    }),
    output: z.array(PackEntry),
  },
  /**
   * Removes an imported pack; refused for a built-in one and while a report (in the bin too) still uses it, naming
   * those reports, so no report is left pointing at a pack this computer no longer has.
   */
  'settings.removeRulePack': { input: z.object({ id: z.string().max(60) }), output: z.array(PackEntry) },
  'settings.pdfLayout': { input: z.object({}), output: LayoutState },
  /** `layout: null` goes back to the standard. */
  'settings.setPdfLayout': { input: z.object({ layout: HouseLayout.nullable() }), output: LayoutState },
} as const;
