/** 一（一）机构设置: groups of subordinate units (下属机构, 派出所…), each a one-column table, and a free note. */
import { memo, useCallback, useId } from 'react';
import { Button, Select } from 'antd';
import { ORG_KIND_LABEL, type OrgGroup, type Report } from '../../../../shared/model/report';
import { LIMITS } from '../../../../shared/model/primitives';
import { FieldFrame, FormBlock, ValueField } from '../fields/FormField';
import { longText, shortText } from '../fields/codecs';
import { Grid } from '../grid/Grid';
import { valueColumn, type GridColumn } from '../grid/columns';
import { insertAt, moveItem, removeAt, setProp, updateAt } from '../state/immutable';
import type { FieldPath } from '../state/field-path';
import type { SectionProps } from './section-props';

type Org = Report['organisation'];

const KIND_OPTIONS = Object.entries(ORG_KIND_LABEL).map(([value, label]) => ({
  value: value as OrgGroup['kind'],
  label,
}));

const UNIT_COLUMNS: readonly GridColumn<string>[] = [
  valueColumn<string, string>({
    id: '',
    title: '机构名称',
    width: 420,
    codec: shortText,
    wrap: true,
    get: (r) => r,
    set: (_r, v) => v,
  }),
];
const newUnit = () => '';
const isBlankUnit = (u: string) => !u.trim();

interface GroupProps {
  group: OrgGroup;
  index: number;
  count: number;
  update: SectionProps<'organisation'>['update'];
}

const GroupCard = memo(function GroupCard({ group, index, count, update }: GroupProps) {
  const kindId = useId();
  const base: FieldPath = ['organisation', 'groups', index];
  const setGroup = (path: FieldPath, recipe: (g: OrgGroup) => OrgGroup, merge = true) =>
    update(path, (o) => setProp(o, 'groups', updateAt(o.groups, index, recipe)), { merge });
  const onUnits = useCallback(
    (path: FieldPath, recipe: (rows: readonly string[]) => readonly string[], options?: { merge?: boolean }) =>
      update(
        path,
        (o) =>
          setProp(
            o,
            'groups',
            updateAt(o.groups, index, (g) => {
              const units = recipe(g.units);
              return units === g.units ? g : { ...g, units: [...units] };
            }),
          ),
        options,
      ),
    [index, update],
  );
  const unitsPath = groupUnitsPath(index);
  return (
    <div className="org-group" data-field-path={`organisation.groups.${index}`}>
      <div className="org-group-head">
        <ValueField
          path={[...base, 'label']}
          value={group.label}
          codec={shortText}
          onCommit={(v) => setGroup([...base, 'label'], (g) => setProp(g, 'label', v))}
          placeholder="如 内设股室、下属单位、直属事业单位"
        />
        <FieldFrame label="机构性质" htmlFor={kindId}>
          <Select
            id={kindId}
            value={group.kind}
            options={KIND_OPTIONS}
            onChange={(v) => setGroup([...base, 'kind'], (g) => setProp(g, 'kind', v), false)}
            data-field-path={`organisation.groups.${index}.kind`}
            style={{ width: 140 }}
          />
        </FieldFrame>
        <div className="org-group-actions">
          <Button
            size="small"
            disabled={index === 0}
            onClick={() =>
              update(base, (o) => setProp(o, 'groups', moveItem(o.groups, index, index - 1)), { merge: false })
            }
          >
            上移
          </Button>
          <Button
            size="small"
            disabled={index === count - 1}
            onClick={() =>
              update(base, (o) => setProp(o, 'groups', moveItem(o.groups, index, index + 1)), { merge: false })
            }
          >
            下移
          </Button>
          <Button
            size="small"
            danger
            onClick={() => update(base, (o) => setProp(o, 'groups', removeAt(o.groups, index)), { merge: false })}
          >
            删除此类别
          </Button>
        </div>
      </div>
      <Grid<string>
        path={unitsPath}
        rowLabelPrefix={`一（一）第${index + 1}组机构`}
        rows={group.units}
        columns={UNIT_COLUMNS}
        onChange={onUnits}
        newRow={newUnit}
        maxRows={LIMITS.listItems}
        emptyText="还没有机构。点“添加一行”逐个填写，或从 Excel/Word 复制一列名称后在单元格中粘贴。"
        isBlank={isBlankUnit}
      />
    </div>
  );
});

/** Stable path arrays per group index, so a group's table is not re-rendered for a new array each time. */
const groupPaths = new Map<number, FieldPath>();
function groupUnitsPath(index: number): FieldPath {
  let p = groupPaths.get(index);
  if (!p) {
    p = ['organisation', 'groups', index, 'units'];
    groupPaths.set(index, p);
  }
  return p;
}

export const OrganisationSection = memo(function OrganisationSection({ value, update }: SectionProps<'organisation'>) {
  const add = () =>
    update(
      ['organisation', 'groups', value.groups.length],
      (o: Org) =>
        setProp(o, 'groups', insertAt(o.groups, o.groups.length, { label: '', kind: 'internal', units: [''] })),
      { merge: false },
    );
  return (
    <>
      <FormBlock
        title="下属机构"
        path={['organisation', 'groups']}
        extra={
          <span className="form-hint-inline">正文将写作“本级内设机构包括：3个内设股室：办公室、计划财务股、……”</span>
        }
      >
        <div className="wide">
          {value.groups.map((g, i) => (
            <GroupCard key={i} group={g} index={i} count={value.groups.length} update={update} />
          ))}
          <Button onClick={add}>＋ 添加机构类别</Button>
        </div>
      </FormBlock>
      <FormBlock title="补充说明">
        <ValueField
          path={['organisation', 'note']}
          value={value.note}
          codec={longText}
          multiline
          onCommit={(v) => update(['organisation', 'note'], (o) => setProp(o, 'note', v))}
          hint="如：某中心的经费单独核算，不纳入本级部门决算。"
        />
      </FormBlock>
    </>
  );
});
