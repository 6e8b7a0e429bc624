/**
 * 审核结果 beside the form: every finding of the live checks, grouped by the screen it concerns in document order.
 * A click takes the clerk to the field. A 提示 can be explained or acknowledged; the answer is kept in the report.
 */
import { memo, useMemo, useState } from 'react';
import { App, Button, Empty, Segmented, Tag } from 'antd';
import type { Finding } from '../../../../shared/checks/finding';
import type { Report } from '../../../../shared/model/report';
import { rulePackFor } from '../../../../shared/packs/registry';
import { CodecInput } from '../fields/CodecInput';
import { longText } from '../fields/codecs';
import { pathKey } from '../state/field-path';
import type { SectionUpdate } from '../state/updaters';
import { SCREENS, screenForPath, screenTitle, type ScreenId } from '../screens';
import { upsertResponse } from './responses';

export interface SaveProblem {
  path: string;
  message: string;
}

interface ChecksPanelProps {
  findings: readonly Finding[];
  answered: ReadonlySet<string>;
  responses: Report['responses'];
  rulePackId: string;
  updateResponses: SectionUpdate<'responses'>;
  onJump: (pathKey: string) => void;
  saveProblems: readonly SaveProblem[];
}

type Filter = 'open' | 'all';

function ChecksPanelInner(props: ChecksPanelProps) {
  const { findings, answered, responses, updateResponses, onJump, saveProblems } = props;
  const [filter, setFilter] = useState<Filter>('open');
  const { message } = App.useApp();
  const pack = rulePackFor(props.rulePackId);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const open = findings.filter((f) => f.severity === 'error' || !answered.has(f.key)).length;

  const groups = useMemo(() => {
    const shown = filter === 'all' ? findings : findings.filter((f) => f.severity === 'error' || !answered.has(f.key));
    const byScreen = new Map<ScreenId | null, Finding[]>();
    for (const f of shown) {
      const id = screenForPath(f.paths[0] ?? []);
      byScreen.set(id, [...(byScreen.get(id) ?? []), f]);
    }
    const ordered: { id: ScreenId | null; title: string; items: Finding[] }[] = [];
    for (const def of SCREENS) {
      const items = byScreen.get(def.id);
      if (items) ordered.push({ id: def.id, title: screenTitle(def, pack), items });
    }
    const rest = byScreen.get(null);
    if (rest) ordered.push({ id: null, title: '其他', items: rest });
    return ordered;
  }, [answered, filter, findings, pack]);

  const setResponse = (key: string, patch: { explanation?: string; acknowledged?: boolean }) => {
    updateResponses(['responses', key], (list) => upsertResponse(list, key, patch));
    if (patch.acknowledged && filter === 'open') message.info('已确认该提示，可在“全部”中查看或撤销确认');
  };

  return (
    <section className="checks-panel" aria-label="审核结果">
      <header className="checks-header">
        <h2 className="checks-title">审核结果</h2>
        <span className="checks-summary" data-testid="checks-summary">
          强制 {errors} 项 · 提示 {warnings} 项
        </span>
      </header>
      <Segmented<Filter>
        size="small"
        block
        value={filter}
        onChange={setFilter}
        options={[
          { label: `待处理（${open}）`, value: 'open' },
          { label: `全部（${findings.length}）`, value: 'all' },
        ]}
      />
      <div className="checks-body">
        {saveProblems.length > 0 ? (
          <div className="checks-group save-problems">
            <h3 className="checks-group-title">无法保存：请先修改</h3>
            <ul className="findings-list">
              {saveProblems.map((p) => (
                <li key={p.path} className="finding error">
                  <button type="button" className="finding-jump" onClick={() => onJump(p.path)}>
                    <Tag color="error">未保存</Tag>
                    <span className="finding-message">{p.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {groups.length === 0 && saveProblems.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={findings.length === 0 ? '未发现问题' : '所有提示均已说明或确认'}
          />
        ) : null}
        {groups.map((g) => (
          <div key={g.id ?? 'rest'} className="checks-group">
            <h3 className="checks-group-title">{g.title}</h3>
            <ul className="findings-list">
              {g.items.map((f) => {
                const response = responses.find((r) => r.key === f.key);
                return (
                  <FindingItem
                    key={f.key}
                    finding={f}
                    explanation={response?.explanation ?? ''}
                    acknowledged={response?.acknowledged ?? false}
                    responseIndex={response ? responses.indexOf(response) : responses.length}
                    onJump={onJump}
                    onRespond={setResponse}
                  />
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function FindingItem({
  finding: f,
  explanation,
  acknowledged,
  responseIndex,
  onJump,
  onRespond,
}: {
  finding: Finding;
  explanation: string;
  acknowledged: boolean;
  responseIndex: number;
  onJump: (pathKey: string) => void;
  onRespond: (key: string, patch: { explanation?: string; acknowledged?: boolean }) => void;
}) {
  const [explaining, setExplaining] = useState(false);
  const answered = acknowledged || explanation.trim() !== '';
  const first = f.paths[0];
  return (
    <li className={`finding ${f.severity}${answered ? ' answered' : ''}`} data-finding={f.code}>
      <button
        type="button"
        className="finding-jump"
        onClick={() => first && onJump(pathKey(first))}
        title="转到相关字段"
      >
        <Tag color={f.severity === 'error' ? 'error' : 'warning'}>{f.severity === 'error' ? '强制' : '提示'}</Tag>
        <span className="finding-message">{f.message}</span>
      </button>
      {f.severity === 'warning' ? (
        <div className="finding-answer">
          {answered && !explaining ? (
            <span className="finding-answered">{explanation.trim() ? `已说明：${explanation}` : '已确认无误'}</span>
          ) : null}
          <div className="finding-answer-actions">
            <Button size="small" type="link" onClick={() => setExplaining((v) => !v)}>
              {explaining ? '收起说明' : explanation.trim() ? '修改说明' : '填写说明'}
            </Button>
            <label className="check-label small">
              <input
                type="checkbox"
                checked={acknowledged}
                onChange={(e) => onRespond(f.key, { acknowledged: e.target.checked })}
                data-field-path={`responses.${responseIndex}.acknowledged`}
              />
              <span>确认无误</span>
            </label>
          </div>
          {explaining ? (
            <CodecInput
              value={explanation}
              codec={longText}
              onCommit={(v) => onRespond(f.key, { explanation: v })}
              path={`responses.${responseIndex}.explanation`}
              label={`对提示“${f.message}”的说明`}
              multiline
              className="form-textarea"
              placeholder="说明为何如此（随报告保存，供审核时查看）"
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export const ChecksPanel = memo(ChecksPanelInner);
