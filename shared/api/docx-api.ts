/**
 * The Word export's slice of the API: `export.docx` writes a stored report as an editable .docx (the same assembled
 * document as the PDF) and returns its bytes as base64; the page saves them (bytes out, never a path).
 */
import { z } from 'zod';

export const docxApi = {
  'export.docx': {
    input: z.object({ id: z.string().min(1).max(64) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;

export type DocxApi = typeof docxApi;
