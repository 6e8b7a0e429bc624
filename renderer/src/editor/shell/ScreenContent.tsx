/** The form of one screen: its title, the section component with its slice and updater, and the generated text. */
import type { ReactNode } from 'react';
import type { Report } from '../../../../shared/model/report';
import type { Derived } from '../../../../shared/calc/derive';
import type { RulePack } from '../../../../shared/checks/rule-pack';
import type { UpdaterFor } from '../state/updaters';
import { screenDef, screenTitle, type ScreenId } from '../screens';
import { SectionPreview } from '../preview/SectionPreview';
import { InfoSection } from '../sections/InfoSection';
import { OrganisationSection } from '../sections/OrganisationSection';
import { StaffingSection } from '../sections/StaffingSection';
import { DutiesSection } from '../sections/DutiesSection';
import { NarrativeSection } from '../sections/NarrativeSection';
import { BudgetSection } from '../sections/BudgetSection';
import { BasicSection } from '../sections/BasicSection';
import { ProjectsSection } from '../sections/ProjectsSection';
import { ThreePublicSection } from '../sections/ThreePublicSection';
import { OtherBudgetSection } from '../sections/OtherBudgetSection';
import { PerformanceSection } from '../sections/PerformanceSection';
import { SignatureSection } from '../sections/SignatureSection';
import { BaseDataSection } from '../sections/BaseDataSection';
import { SelfEvalSection } from '../sections/SelfEvalSection';
import { ProjectTablesSummary } from '../../project-tables/ProjectTablesSummary';

interface ScreenContentProps {
  id: ScreenId;
  report: Report;
  /** The deferred copy of the report, for the generated text. */
  settled: Report;
  derived: Derived;
  pack: RulePack;
  updaterFor: UpdaterFor;
  goTo: (screen: ScreenId) => void;
  /** Opens a project's 项目支出绩效自评表 (stable while the screen shows). */
  openTable: (index: number) => void;
  /** Shown on 项目自评汇总 under the list: the Excel import and export of all project tables. */
  projectTablesExcel?: ReactNode;
}

function Section(props: ScreenContentProps) {
  const { id, report: r, derived, pack, updaterFor: u, goTo, openTable } = props;
  switch (id) {
    case 'info':
      return (
        <InfoSection
          unitName={r.unitName}
          selfName={r.selfName}
          year={r.year}
          rulePackId={r.rulePackId}
          updateUnitName={u('unitName')}
          updateSelfName={u('selfName')}
          updateYear={u('year')}
          updateRulePack={u('rulePackId')}
          updateRulePackVersion={u('rulePackVersion')}
        />
      );
    case 'org':
      return <OrganisationSection value={r.organisation} update={u('organisation')} />;
    case 'staffing':
      return <StaffingSection value={r.staffing} update={u('staffing')} derived={derived} />;
    case 'duties':
      return <DutiesSection value={r.duties} update={u('duties')} />;
    case 'goals':
    case 'problems':
    case 'measures':
    case 'other':
      return <NarrativeSection key={id} sectionKey={id} value={r[id]} update={u(id)} />;
    case 'budget':
      return <BudgetSection value={r.budget} update={u('budget')} derived={derived} basic={r.basic} />;
    case 'basic':
      return <BasicSection value={r.basic} update={u('basic')} derived={derived} />;
    case 'projects':
      return (
        <ProjectsSection
          value={r.projects}
          update={u('projects')}
          derived={derived}
          pack={pack}
          openTable={openTable}
        />
      );
    case 'threePublic':
      return <ThreePublicSection value={r.threePublic} update={u('threePublic')} derived={derived} />;
    case 'govFund':
    case 'stateCapital':
    case 'socialInsurance':
      return <OtherBudgetSection key={id} sectionKey={id} value={r[id]} update={u(id)} />;
    case 'performance':
      return <PerformanceSection value={r.performance} update={u('performance')} derived={derived} goTo={goTo} />;
    case 'signature':
      return <SignatureSection value={r.signature} update={u('signature')} unitName={r.unitName} />;
    case 'baseData':
      return (
        <BaseDataSection
          value={r.baseData}
          update={u('baseData')}
          derived={derived}
          projects={r.projects.items}
          threePublic={r.threePublic}
          goTo={goTo}
          projectBudgetColumn={pack.attachments.baseData.projectBudgetColumn}
        />
      );
    case 'selfEval':
      return <SelfEvalSection value={r.selfEval} update={u('selfEval')} derived={derived} budget={r.budget} />;
    case 'projectTables':
      return (
        <ProjectTablesSummary
          projects={r.projects.items}
          pack={pack}
          onOpenTable={openTable}
          excel={props.projectTablesExcel}
        />
      );
  }
}

export function ScreenContent(props: ScreenContentProps) {
  const def = screenDef(props.id);
  return (
    <div className="screen" data-screen={props.id}>
      <h2 className="screen-title">{screenTitle(def, props.pack)}</h2>
      <Section {...props} />
      {/* The tables' printed form is the attachments after 附件2, shown in 预览全文 and the PDF. */}
      {props.id === 'projectTables' ? null : <SectionPreview key={props.id} report={props.settled} def={def} />}
    </div>
  );
}
