/** Bytes cross the API as base64 strings (never a path). One schema for every such field. */
import { z } from 'zod';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The base64 text of at most `maxBytes` bytes, with the messages the clerk sees when it is too long or malformed. */
export function base64Bytes(maxBytes: number, messages: { tooLarge: string; malformed?: string }) {
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, { error: messages.tooLarge })
    .regex(BASE64, { error: messages.malformed ?? '文件内容的编码不正确（应为 base64）' });
}
