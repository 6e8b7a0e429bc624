/**
 * The window opens where the clerk left it — unless that place is no longer on any screen (a projector
 * unplugged, a laptop off its docking station), in which case it opens centred on the main screen. Pure
 * functions of the saved state and the displays' work areas, tested without Electron.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(100).max(100_000);

export const WindowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where to open: `x`/`y` absent means "let the system centre it". */
export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A window counts as reachable when this much of it (the title bar, at least) is on some screen. */
export const MIN_VISIBLE_PX = 80;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Parses the saved JSON; anything malformed is ignored (the window then opens at its default size). */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The bounds to open with, given the saved state and the work areas of the connected displays (primary first).
 * The size never exceeds the chosen display; the window lies entirely within it.
 */
export function initialBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: WindowDefaults,
): InitialBounds {
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined, width: number, height: number) => ({
    width: area ? clamp(width, Math.min(defaults.minWidth, area.width), area.width) : width,
    height: area ? clamp(height, Math.min(defaults.minHeight, area.height), area.height) : height,
  });
  if (!saved) return { ...fitSize(primary, defaults.width, defaults.height), maximized: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.width >= MIN_VISIBLE_PX && o.height >= MIN_VISIBLE_PX && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { ...fitSize(primary, saved.width, saved.height), maximized: saved.maximized };

  const size = fitSize(best, saved.width, saved.height);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: saved.maximized,
  };
}
