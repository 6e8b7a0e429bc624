/** 基本信息: the unit, how the text refers to it, the year, and which rule pack (province, year, template) applies. */
import { memo, useId, useRef, useState, type ChangeEvent } from 'react';
import { Alert, App, Button, Popconfirm, Select } from 'antd';
import { allRulePacks, findRulePack, isBuiltInPack, setInstalledPacks } from '../../../../shared/packs/registry';
import { api } from '../../api/client';
import { FieldFrame, FormBlock, ValueField } from '../fields/FormField';
import { shortText, year } from '../fields/codecs';
import type { SectionUpdate } from '../state/updaters';

interface InfoProps {
  unitName: string;
  selfName: string;
  year: number;
  rulePackId: string;
  updateUnitName: SectionUpdate<'unitName'>;
  updateSelfName: SectionUpdate<'selfName'>;
  updateYear: SectionUpdate<'year'>;
  updateRulePack: SectionUpdate<'rulePackId'>;
  updateRulePackVersion: SectionUpdate<'rulePackVersion'>;
}

/** "导入规则包…": a pack file a finance bureau issued, checked by the server before it is kept. */
function ImportPackButton({ onImported }: { onImported: () => void }) {
  const { message } = App.useApp();
  const [problem, setProblem] = useState<{ text: string; details: string[] } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await api.call('settings.importRulePack', { content: await file.text() });
    if (!result.ok) {
      setProblem({
        text: `规则包文件「${file.name}」未导入：${result.error.message}`,
        details: result.error.details ?? [],
      });
      return;
    }
    setProblem(null);
    setInstalledPacks(result.value.filter((p) => !p.builtIn).map((p) => p.pack));
    void message.success(`已导入规则包「${file.name}」，可在上方选用`);
    onImported();
  };
  return (
    <>
      <Button className="import-pack-button" onClick={() => input.current?.click()}>
        导入财政局下发的规则包…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => void onFile(e)}
        data-testid="import-rule-pack"
      />
      {problem ? (
        <Alert
          type="error"
          showIcon
          message={problem.text}
          description={problem.details.length > 0 ? problem.details.join('；') : undefined}
        />
      ) : null}
    </>
  );
}

/**
 * The packs imported on this computer, each with 移除. The server refuses while a report still uses the pack and
 * names those reports; the report in front of the clerk cannot lose its own pack from here either.
 */
function ImportedPacks({ inUse, onChanged }: { inUse: string; onChanged: () => void }) {
  const { message } = App.useApp();
  const [problem, setProblem] = useState<{ text: string; details: string[] } | null>(null);
  const imported = allRulePacks().filter((pack) => !isBuiltInPack(pack.id));
  if (imported.length === 0) return null;
  const remove = async (id: string, name: string) => {
    const result = await api.call('settings.removeRulePack', { id });
    if (!result.ok) {
      setProblem({ text: `规则包「${name}」未移除：${result.error.message}`, details: result.error.details ?? [] });
      return;
    }
    setProblem(null);
    setInstalledPacks(result.value.filter((p) => !p.builtIn).map((p) => p.pack));
    void message.success(`已移除规则包「${name}」`);
    onChanged();
  };
  return (
    <div className="imported-packs" data-testid="imported-packs">
      <div className="imported-packs-title">本机导入的规则包</div>
      {imported.map((pack) => (
        <div key={pack.id} className="imported-pack">
          <span>
            {pack.name}（{pack.issuer}，版本{pack.version}）
          </span>
          {pack.id === inUse ? (
            <span className="imported-pack-note">本报告正在使用</span>
          ) : (
            <Popconfirm
              title={`移除规则包「${pack.name}」？`}
              description="移除后本机不能再选用它；需要时可重新导入财政局下发的文件。"
              okText="移除"
              cancelText="取消"
              onConfirm={() => void remove(pack.id, pack.name)}
            >
              <Button size="small" danger>
                移除
              </Button>
            </Popconfirm>
          )}
        </div>
      ))}
      {problem ? (
        <Alert
          type="error"
          showIcon
          message={problem.text}
          description={problem.details.length > 0 ? `使用它的报告：${problem.details.join('；')}` : undefined}
        />
      ) : null}
    </div>
  );
}

export const InfoSection = memo(function InfoSection(p: InfoProps) {
  const packId = useId();
  const [, setGeneration] = useState(0);
  const current = findRulePack(p.rulePackId);
  return (
    <FormBlock title="报告基本信息">
      <ValueField
        path={['unitName']}
        value={p.unitName}
        codec={shortText}
        onCommit={(v) => p.updateUnitName(['unitName'], () => v)}
        hint="报告标题为“单位名称 + 部门整体支出绩效自评报告”。"
        wide
      />
      <ValueField
        path={['selfName']}
        value={p.selfName}
        codec={shortText}
        onCommit={(v) => p.updateSelfName(['selfName'], () => v)}
        hint="正文中自动生成的句子用它称呼本单位，如“我局”“我单位”。"
      />
      <ValueField
        path={['year']}
        value={p.year}
        codec={year}
        onCommit={(v) => p.updateYear(['year'], () => v)}
        hint="评价的预算年度（不是填报年度）。"
      />
      <FieldFrame
        label="适用规则"
        htmlFor={packId}
        hint={
          current
            ? `${current.issuer}发布，版本${current.version}。决定提纲、附表式样、执行率说明线、得分上限、评价等级和各项审核的级别。`
            : `本报告使用的规则包“${p.rulePackId}”在本机不存在：请导入财政局下发的该规则包，或改选下列规则包。`
        }
      >
        <Select
          id={packId}
          value={p.rulePackId}
          status={current ? undefined : 'error'}
          onChange={(v) => {
            p.updateRulePack(['rulePackId'], () => v);
            p.updateRulePackVersion(['rulePackVersion'], () => findRulePack(v)?.version ?? '');
          }}
          options={allRulePacks().map((pack) => ({
            value: pack.id,
            label: `${pack.name}（${pack.issuer}，版本${pack.version}）`,
          }))}
          data-field-path="rulePackId"
          style={{ width: '100%' }}
        />
        <ImportPackButton onImported={() => setGeneration((g) => g + 1)} />
        <ImportedPacks inUse={p.rulePackId} onChanged={() => setGeneration((g) => g + 1)} />
      </FieldFrame>
    </FormBlock>
  );
});
