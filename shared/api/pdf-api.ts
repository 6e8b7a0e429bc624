/**
 * The PDF export's slice of the API. The PDF travels as base64 (bytes out, never a path): the page shows it in its
 * preview and offers "save as"; the desktop shell can also open it in the system viewer.
 */
import { z } from 'zod';

export const pdfApi = {
  'export.pdf': {
    input: z.object({
      id: z.string().min(1).max(64),
      /** 'bundled': the open fonts shipped with the app (default); 'system': the computer's 仿宋/黑体/楷体/小标宋. */
      fonts: z.enum(['bundled', 'system']).optional(),
    }),
    output: z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int() }),
  },
} as const;

export type PdfApi = typeof pdfApi;
