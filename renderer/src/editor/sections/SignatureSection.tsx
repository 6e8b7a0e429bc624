/** 落款: the unit that signs and the date (after the year under evaluation, not in the future). */
import { memo } from 'react';
import { Button } from 'antd';
import { binder } from '../fields/bind';
import { FormBlock } from '../fields/FormField';
import { isoDate, shortText } from '../fields/codecs';
import { setProp } from '../state/immutable';
import { localToday } from '../checks/use-live-checks';
import type { SectionProps } from './section-props';

export const SignatureSection = memo(function SignatureSection({
  value,
  update,
  unitName,
}: SectionProps<'signature'> & { unitName: string }) {
  const f = binder(['signature'], value, update);
  return (
    <FormBlock title="落款">
      {f.field('unitName', shortText, {
        hint:
          value.unitName === unitName ? (
            '与报告单位一致。'
          ) : (
            <Button
              type="link"
              size="small"
              onClick={() =>
                update(['signature', 'unitName'], (s) => setProp(s, 'unitName', unitName), { merge: false })
              }
            >
              改为报告单位“{unitName}”
            </Button>
          ),
      })}
      {f.field('date', isoDate, {
        hint: (
          <>
            可输入 2025-05-29、2025/5/29 或 2025年5月29日。{' '}
            <Button
              type="link"
              size="small"
              onClick={() => update(['signature', 'date'], (s) => setProp(s, 'date', localToday()), { merge: false })}
            >
              填入今天
            </Button>
          </>
        ),
      })}
    </FormBlock>
  );
});
