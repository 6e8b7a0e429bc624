/** The settings slice of the API: the unit's house layout of the formal PDF (GB/T 9704 when none is set). */
import { z } from 'zod';
import { HouseLayout } from '../pdf/house-layout';

const LayoutState = z.object({
  layout: HouseLayout,
  /** True when no house layout is set: the PDF follows GB/T 9704-2012. */
  isStandard: z.boolean(),
});

export const settingsApi = {
  'settings.pdfLayout': { input: z.object({}), output: LayoutState },
  /** `layout: null` goes back to the standard. */
  'settings.setPdfLayout': { input: z.object({ layout: HouseLayout.nullable() }), output: LayoutState },
} as const;
