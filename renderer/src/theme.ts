/** antd theme: a calm government-office blue and Chinese UI fonts available on Windows and Linux. */
import type { ThemeConfig } from 'antd';

export const UI_FONT_FAMILY =
  '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export function makeTheme(): ThemeConfig {
  // Honour the system's "reduce motion" setting: dialogs and messages appear at once instead of zooming in.
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    token: {
      colorPrimary: '#1d4f91',
      fontFamily: UI_FONT_FAMILY,
      borderRadius: 4,
      motion: !reduceMotion,
    },
  };
}
