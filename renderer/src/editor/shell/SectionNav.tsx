/**
 * The side list: every screen in document order with its state (未填写 / 填写中 / 有错误 / 已完成) and its open
 * findings, then the preview and the history. Up/Down arrows move along the list.
 */
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { RulePack } from '../../../../shared/checks/rule-pack';
import {
  TOOL_IDS,
  TOOL_LABEL,
  SCREEN_STATE_LABEL,
  navLabel,
  partOf,
  partTitle,
  screensInOutline,
  tableIndexOfView,
  type ScreenId,
  type ScreenState,
  type ScreenStatus,
  type ViewId,
} from '../screens';

const ICON: Record<ScreenState, string> = { empty: '○', progress: '◐', error: '✕', done: '✓' };

interface NavProps {
  view: ViewId;
  statuses: ReadonlyMap<ScreenId, ScreenStatus>;
  pack: RulePack;
  onSelect: (view: ViewId) => void;
}

function NavItem({
  id,
  label,
  status,
  current,
  onSelect,
  sub,
}: {
  id: ViewId;
  label: string;
  status?: ScreenStatus;
  current: boolean;
  onSelect: (v: ViewId) => void;
  sub?: boolean;
}) {
  return (
    <li>
      <button
        type="button"
        className={`nav-item${current ? ' current' : ''}${sub ? ' sub' : ''}`}
        aria-current={current ? 'page' : undefined}
        data-view={id}
        onClick={() => onSelect(id)}
      >
        {status ? (
          <span
            className={`nav-state ${status.state}`}
            title={SCREEN_STATE_LABEL[status.state]}
            aria-label={SCREEN_STATE_LABEL[status.state]}
          >
            {ICON[status.state]}
          </span>
        ) : (
          <span className="nav-state tool" aria-hidden="true">
            ›
          </span>
        )}
        <span className="nav-label">{label}</span>
        {status && status.errors > 0 ? <span className="nav-count error">{status.errors}</span> : null}
        {status && status.openWarnings > 0 ? <span className="nav-count warning">{status.openWarnings}</span> : null}
      </button>
    </li>
  );
}

/** Each entry is kept on one line: the legend wraps between entries, never inside a word. */
const LEGEND = [
  ['empty', '○', '未填写'],
  ['progress', '◐', '填写中'],
  ['error', '✕', '有错误'],
  ['done', '✓', '已完成'],
] as const;

function SectionNavInner({ view, statuses, pack, onSelect }: NavProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.nav-item')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };
  const rendered: ReactNode[] = [];
  let lastPart: number | null = null;
  for (const def of screensInOutline(pack)) {
    const part = partOf(def, pack);
    if (def.sub && part !== null && part !== lastPart) {
      rendered.push(
        <li key={`part-${part}`} className="nav-part">
          {partTitle(def, pack)}
        </li>,
      );
    }
    lastPart = part;
    rendered.push(
      <NavItem
        key={def.id}
        id={def.id}
        label={navLabel(def, pack)}
        status={statuses.get(def.id)}
        // A project's own table is shown under 项目自评汇总.
        current={view === def.id || (def.id === 'projectTables' && tableIndexOfView(view) !== null)}
        onSelect={onSelect}
        sub={def.sub !== ''}
      />,
    );
  }
  // The sections scroll; the tools (预览全文, 导出PDF, 送审与签发 …) and the legend stay in view below them, so a
  // 1366×768 laptop reaches them without scrolling the list.
  return (
    <nav className="section-nav" aria-label="报告各部分" onKeyDown={onKeyDown}>
      <ul className="nav-sections">{rendered}</ul>
      <div className="nav-tools">
        <ul>
          {TOOL_IDS.map((tool) => (
            <NavItem key={tool} id={tool} label={TOOL_LABEL[tool]} current={view === tool} onSelect={onSelect} />
          ))}
        </ul>
        <div className="nav-legend" aria-hidden="true">
          {LEGEND.map(([state, mark, text]) => (
            <span key={state} className="nav-legend-item">
              <span className={`nav-state ${state}`}>{mark}</span>
              {text}
            </span>
          ))}
        </div>
      </div>
    </nav>
  );
}

export const SectionNav = memo(SectionNavInner);
