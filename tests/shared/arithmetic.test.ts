import { describe, expect, it } from 'vitest';
import { divRoundHalfUp, formatWanyuan, parseWanyuan, parseYuan, MAX_FEN } from '../../shared/calc/money';
import { changeBasis, formatPercent, rateBasis } from '../../shared/calc/percent';
import { formatScore, parseScore, rateScore } from '../../shared/calc/score';

describe('money in 分', () => {
  it('parses 万元 exactly, without floats', () => {
    expect(parseWanyuan('5521.28')).toEqual({ ok: true, value: 5_521_280_000 });
    expect(parseWanyuan('0.000001')).toEqual({ ok: true, value: 1 });
    expect(parseWanyuan('0.1')).toEqual({ ok: true, value: 100_000 });
    // 0.1 + 0.2 in floats is 0.30000000000000004; in 分 it is exact.
    const a = parseWanyuan('0.1');
    const b = parseWanyuan('0.2');
    expect(a.ok && b.ok && formatWanyuan(a.value + b.value)).toBe('0.3');
  });

  it('refuses inexact, non-numeric and absurd amounts with a Chinese reason', () => {
    const tooFine = parseWanyuan('1.0000001');
    expect(tooFine.ok).toBe(false);
    expect(!tooFine.ok && tooFine.error).toContain('最小单位是分');
    const text = parseWanyuan('一百');
    expect(!text.ok && text.error).toContain('不是数字');
    const huge = parseWanyuan('99999999999');
    expect(!huge.ok && huge.error).toContain('超出合理范围');
    expect(parseYuan('12.345').ok).toBe(false);
    expect(parseYuan('12.34')).toEqual({ ok: true, value: 1234 });
  });

  it('formats like the reference prints: trimmed in prose, two decimals in tables', () => {
    expect(formatWanyuan(1_251_400_000)).toBe('1251.4');
    expect(formatWanyuan(40_000_000)).toBe('40');
    expect(formatWanyuan(0)).toBe('0');
    expect(formatWanyuan(1_251_400_000, { trim: false })).toBe('1251.40');
    // Half-up at the third decimal of 万元 (5 元 rounds up to 0.01 万元).
    expect(formatWanyuan(5_000)).toBe('0.01');
    expect(formatWanyuan(4_999)).toBe('0');
    expect(MAX_FEN).toBeGreaterThan(6_304_130_000);
  });

  it('rounds half away from zero', () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
  });
});

describe('rates', () => {
  it('matches the reference figures', () => {
    expect(formatPercent(rateBasis(37_540_000, 40_000_000))).toBe('93.85%');
    expect(formatPercent(rateBasis(233_290_000, 260_000_000))).toBe('89.73%');
    expect(formatPercent(rateBasis(48_710_000, 52_400_000))).toBe('92.96%');
    expect(formatPercent(rateBasis(6_304_030_000, 6_304_130_000))).toBe('100%');
    expect(formatPercent(rateBasis(0, 100_000_000))).toBe('0%');
    expect(formatPercent(changeBasis(147_550_000, 84_350_000))).toBe('74.93%');
  });

  it('has no rate when the base is zero', () => {
    expect(rateBasis(5, 0)).toBeNull();
    expect(changeBasis(5, 0)).toBeNull();
    expect(formatPercent(null)).toBe('—');
  });
});

describe('scores', () => {
  it('parses and formats hundredths of a point', () => {
    expect(parseScore('96.9')).toEqual({ ok: true, value: 9690 });
    expect(formatScore(9690)).toBe('96.9');
    expect(parseScore('100.01').ok).toBe(false);
    expect(parseScore('abc').ok).toBe(false);
  });

  it('scores the 执行率 line as weight × rate, capped at the weight', () => {
    expect(rateScore(1000, 6_304_030_000, 6_304_130_000)).toBe(1000);
    expect(rateScore(1000, 76, 100)).toBe(760);
    expect(rateScore(1000, 150, 100)).toBe(1000);
    expect(rateScore(1000, 5, 0)).toBe(0);
  });
});
