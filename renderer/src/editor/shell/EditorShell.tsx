/**
 * The editor: one Report in a reducer (with undo/redo), saved automatically, checked live. The side list picks the
 * screen, the checks panel sits beside the form, and every path (a finding, an undo step) can take the clerk to
 * its field.
 */
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { Alert, App, Button } from 'antd';
import { blockingFindings, isEditable, type ReportStatus } from '../../../../shared/signoff/workflow';
import type { Output } from '../../../../shared/api/contract';
import type { Report } from '../../../../shared/model/report';
import { derive } from '../../../../shared/calc/derive';
import { rulePackFor } from '../../../../shared/packs/registry';
import { api } from '../../api/client';
import { exportReportFile } from '../../common/export-report';
import { editorReducer, initialEditorState } from '../state/editor-reducer';
import { makeUpdaterFor } from '../state/updaters';
import { useAutosave } from '../state/use-autosave';
import { useLiveChecks } from '../checks/use-live-checks';
import { ChecksPanel, type SaveProblem } from '../checks/ChecksPanel';
import { FieldFlags } from '../checks/FieldFlags';
import {
  isScreenId,
  screenStatuses,
  tableIndexOfView,
  tableView,
  viewForPath,
  type ScreenId,
  type ViewId,
} from '../screens';
import { ProjectTableScreen } from '../../project-tables/ProjectTableScreen';
import { PreviewScreen } from '../preview/PreviewScreen';
import { HistoryScreen } from '../history/HistoryScreen';
import { PdfScreen } from '../pdf/PdfScreen';
import { ImportScreen } from '../import/ImportScreen';
import { ProjectTablesExcel } from '../../project-tables/excel/ProjectTablesExcel';
import { SignoffScreen } from '../signoff/SignoffScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { LockedBanner, LockedFields } from './LockedBanner';
import { useWorkbookDrop } from '../import/use-workbook-drop';
import { EditorToolbar } from './EditorToolbar';
import { ScreenContent } from './ScreenContent';
import { SectionNav } from './SectionNav';
import { useShortcuts } from './use-shortcuts';
import { revealField } from './reveal';

type Stored = Output<'report.get'>;

interface ShellProps {
  stored: Stored;
  view: ViewId;
  onView: (view: ViewId) => void;
  onBack: () => void;
}

const NO_PROBLEMS: readonly SaveProblem[] = [];

/** Why 修订记录 cannot restore while the report is locked, and what to do instead. */
const RESTORE_LOCKED: Record<ReportStatus, string | null> = {
  draft: null,
  returned: null,
  submitted: '报告已送审，不能恢复旧的修订。如需修改，请等审核人退回后再恢复。',
  approved: '报告已签发，不能恢复旧的修订。如需修改，请先在“送审与签发”中重新打开（开始新的一版），再恢复。',
};

/** Performance marks around a screen switch, read by scripts/bench/editor.bench.ts. */
const SWITCH_MARK = 'selfeval:screen-switch';

export function EditorShell({ stored, view, onView, onBack }: ShellProps) {
  const { message, modal } = App.useApp();
  const [state, dispatch] = useReducer(editorReducer, stored.report, initialEditorState);
  const report = state.report;
  const updaterFor = useMemo(() => makeUpdaterFor(dispatch), []);
  const autosave = useAutosave(stored.id, report, stored);
  const { flush } = autosave;
  // What follows from the figures (derived figures, checks, the side list's states, the generated text) is computed
  // from a deferred copy: a keystroke is painted first, then everything that depends on it catches up.
  const settled = useDeferredValue(report);
  const checks = useLiveChecks(settled);
  const pack = rulePackFor(settled.rulePackId);
  const derived = useMemo(() => derive(settled, pack), [settled, pack]);
  const statuses = useMemo(() => screenStatuses(settled, checks.findings, checks.answered), [settled, checks]);
  const blocking = useMemo(() => blockingFindings(checks.findings, settled), [checks, settled]);
  const [checksOpen, setChecksOpen] = useState(true);
  // Submitted and approved reports are locked (the server refuses their saves too): the forms show, disabled.
  const [status, setStatus] = useState(stored.status);
  const editable = isEditable(status);
  const [exporting, setExporting] = useState(false);
  const pendingReveal = useRef<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const selectView = useCallback(
    (next: ViewId) => {
      if (next === view) return;
      performance.mark(`${SWITCH_MARK}:start`);
      void flush();
      onView(next);
    },
    [flush, onView, view],
  );
  useWorkbookDrop(stored.id, selectView);

  /** Shows a field: switches to its screen when needed, then scrolls to it, focuses it and makes it flash. */
  const reveal = useCallback(
    (path: string) => {
      const screen = viewForPath(path);
      if (screen && screen !== view) {
        pendingReveal.current = path;
        selectView(screen);
      } else {
        requestAnimationFrame(() => revealField(path));
      }
    },
    [selectView, view],
  );

  useLayoutEffect(() => {
    performance.mark(`${SWITCH_MARK}:rendered`);
    requestAnimationFrame(() => {
      // After the browser has painted the new screen.
      window.setTimeout(() => performance.mark(`${SWITCH_MARK}:painted`), 0);
    });
    mainRef.current?.scrollTo({ top: 0 });
    const path = pendingReveal.current;
    pendingReveal.current = null;
    if (path) requestAnimationFrame(() => revealField(path));
  }, [view]);

  // Undo and redo take the clerk to what changed.
  const revealSeq = state.reveal?.seq;
  const revealPath = state.reveal?.path;
  useEffect(() => {
    if (revealSeq !== undefined && revealPath) reveal(revealPath);
    // Only a new request (seq) reveals; a view change alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq]);

  const undo = useCallback(() => editable && dispatch({ type: 'undo' }), [editable]);
  const redo = useCallback(() => editable && dispatch({ type: 'redo' }), [editable]);
  const retry = useCallback(() => void flush(), [flush]);
  const back = useCallback(() => {
    void flush();
    onBack();
  }, [flush, onBack]);
  const toggleChecks = useCallback(() => setChecksOpen((v) => !v), []);
  useShortcuts({ undo, redo, save: retry });

  const goTo = useCallback((screen: ScreenId) => selectView(screen), [selectView]);
  const openTable = useCallback((index: number) => selectView(tableView(index)), [selectView]);
  const openSummary = useCallback(() => selectView('projectTables'), [selectView]);
  const tableIndex = tableIndexOfView(view);

  const doExport = useCallback(async () => {
    setExporting(true);
    await flush();
    const r = await exportReportFile(stored.id);
    setExporting(false);
    if (r.ok) message.success(`已导出：${r.fileName}`);
    else modal.error({ title: '导出失败', content: r.error.message });
  }, [flush, message, modal, stored.id]);

  async function reloadFromStore() {
    const latest = await api.call('report.get', { id: stored.id });
    if (!latest.ok) {
      modal.error({ title: '无法重新载入', content: latest.error.message });
      return;
    }
    dispatch({ type: 'load', report: latest.value.report });
    autosave.adopt(latest.value.revision, latest.value.report, latest.value.updatedAt);
    message.success('已载入最新保存的内容');
  }

  const restoreRevision = useCallback(
    async (old: Report, _revision: number, label: string) => {
      // A locked report is never changed in the editor: the store would refuse the save and leave a 保存失败.
      if (!editable) return false;
      dispatch({ type: 'replace', report: old, path: '' });
      return autosave.flush({ newRevision: true, report: old }).then((ok) => {
        if (!ok) modal.error({ title: `未能恢复${label}`, content: '请查看页面上方的保存状态。' });
        return ok;
      });
    },
    [autosave, editable, modal],
  );

  const saveStatus = autosave.status;
  const saveProblems = saveStatus.kind === 'invalid' ? saveStatus.problems : NO_PROBLEMS;

  return (
    <div className="editor">
      <EditorToolbar
        title={report.unitName || '（未填写单位名称）'}
        subtitle={`${report.year}年度 · ${stored.title}`}
        status={saveStatus}
        canUndo={editable && state.past.length > 0}
        canRedo={editable && state.future.length > 0}
        onBack={back}
        onUndo={undo}
        onRedo={redo}
        onRetry={retry}
        onExport={doExport}
        exporting={exporting}
        checksOpen={checksOpen}
        onToggleChecks={toggleChecks}
      />
      {editable ? null : <LockedBanner status={status} onShow={() => selectView('signoff')} />}
      {saveStatus.kind === 'conflict' ? (
        <Alert
          type="error"
          showIcon
          className="conflict-alert"
          title="这份报告已在别的窗口或由别人保存过，本窗口的修改尚未保存。"
          description={
            <>
              <div>{saveStatus.message}</div>
              <div className="conflict-actions">
                <Button type="primary" onClick={() => void reloadFromStore()}>
                  重新载入（放弃本窗口未保存的修改）
                </Button>
                <Button
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: '用本窗口的内容覆盖？',
                      content: '别处保存的内容仍保留在修订记录中，可以随时恢复。',
                      okText: '覆盖',
                      cancelText: '取消',
                      onOk: () => autosave.overwrite(),
                    })
                  }
                >
                  保留本窗口的内容（覆盖别处的修改）
                </Button>
              </div>
            </>
          }
        />
      ) : null}
      <div className={`editor-body${checksOpen ? '' : ' checks-closed'}`}>
        <SectionNav view={view} statuses={statuses} pack={pack} onSelect={selectView} />
        <main className="editor-main" ref={mainRef}>
          {view === 'preview' ? (
            <PreviewScreen report={settled} goTo={selectView} />
          ) : view === 'pdf' ? (
            <PdfScreen
              id={stored.id}
              flush={flush}
              approved={status === 'approved'}
              openErrors={status === 'approved' ? 0 : checks.findings.filter((f) => f.severity === 'error').length}
              onShowSignoff={() => selectView('signoff')}
            />
          ) : view === 'import' ? (
            <ImportScreen
              id={stored.id}
              flush={flush}
              currentRevision={autosave.currentRevision}
              onApplied={reloadFromStore}
            />
          ) : view === 'signoff' ? (
            <SignoffScreen
              id={stored.id}
              flush={flush}
              currentRevision={autosave.currentRevision}
              onStatus={setStatus}
              blocking={blocking}
              onJump={reveal}
              signDate={settled.signature.date}
            />
          ) : view === 'audit' ? (
            <AuditScreen id={stored.id} flush={flush} findings={checks.findings} />
          ) : view === 'history' ? (
            <HistoryScreen
              id={stored.id}
              currentRevision={autosave.currentRevision()}
              flush={flush}
              onRestore={restoreRevision}
              lockedReason={editable ? null : RESTORE_LOCKED[status]}
            />
          ) : tableIndex !== null ? (
            <ProjectTableScreen
              // Another project's table is another form: no half-typed cell carries over.
              key={tableIndex}
              index={tableIndex}
              project={report.projects.items[tableIndex]}
              projectCount={report.projects.items.length}
              pack={pack}
              unitName={report.unitName}
              locked={!editable}
              update={updaterFor('projects')}
              onReveal={reveal}
              onOpenTable={openTable}
              onSummary={openSummary}
            />
          ) : isScreenId(view) ? (
            <LockedFields locked={!editable}>
              <ScreenContent
                id={view}
                report={report}
                settled={settled}
                derived={derived}
                pack={pack}
                updaterFor={updaterFor}
                goTo={goTo}
                openTable={openTable}
                projectTablesExcel={
                  <ProjectTablesExcel reportId={stored.id} flush={flush} onApplied={() => void reloadFromStore()} />
                }
              />
            </LockedFields>
          ) : null}
        </main>
        {checksOpen ? (
          <aside className="editor-checks">
            <LockedFields locked={!editable}>
              <ChecksPanel
                findings={checks.findings}
                answered={checks.answered}
                responses={report.responses}
                rulePackId={report.rulePackId}
                updateResponses={updaterFor('responses')}
                onJump={reveal}
                saveProblems={saveProblems}
              />
            </LockedFields>
          </aside>
        ) : null}
      </div>
      <FieldFlags findings={checks.findings} answered={checks.answered} />
    </div>
  );
}
