/**
 * A project row's way into its 项目支出绩效自评表: "未建立", its score and grade, or "填写中". A link, not a button: a
 * submitted or approved report's forms are disabled, yet its tables must still open to be read.
 */
import type { KeyboardEvent } from 'react';
import type { Project } from '../../../shared/model/report';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { formatScore } from '../../../shared/calc/score';
import { projectTableStatus } from './table-state';
import './project-tables.css';

/** role="link" element's keyboard: Enter (and Space, as for the buttons beside it) follows it. */
export function onLinkKey(open: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    open();
  };
}

/** "未建立", "填写中", or the score and the grade ("92.47分", "优"). */
export function tableSummary(project: Project, pack: RulePack): readonly string[] {
  const { figures } = projectTableStatus(project, pack);
  if (figures === null) return ['未建立'];
  const { totalCenti, grade } = figures.score;
  return totalCenti !== null && grade !== null ? [`${formatScore(totalCenti)}分`, grade] : ['填写中'];
}

export function TableLink({
  project,
  index,
  pack,
  onOpen,
}: {
  project: Project;
  index: number;
  pack: RulePack;
  onOpen: (index: number) => void;
}) {
  const title = pack.attachments.projectTable.title;
  if (!project.name.trim()) {
    return (
      <span className="table-link disabled" title="请先填写项目名称">
        —
      </span>
    );
  }
  const lines = tableSummary(project, pack);
  const open = () => onOpen(index);
  return (
    <span
      role="link"
      tabIndex={0}
      className={`table-link${project.table === null ? ' none' : ''}`}
      title={`打开“${project.name}”的${title}`}
      aria-label={`第${index + 1}行项目的${title}：${lines.join(' ')}`}
      data-table-link={index}
      onClick={open}
      onKeyDown={onLinkKey(open)}
    >
      {lines.map((line) => (
        <span key={line} className="table-link-line">
          {line}
        </span>
      ))}
    </span>
  );
}
