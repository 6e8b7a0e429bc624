/** What every section component receives: its slice of the report and the typed updater for that slice. */
import type { Report } from '../../../../shared/model/report';
import type { Derived } from '../../../../shared/calc/derive';
import type { SectionUpdate } from '../state/updaters';
import type { ScreenId } from '../screens';

export interface SectionProps<K extends keyof Report> {
  value: Report[K];
  update: SectionUpdate<K>;
}

export interface DerivedProps {
  derived: Derived;
}

/** Links to another screen ("在「附件2」中填写"). */
export interface GoToProps {
  goTo: (screen: ScreenId, field?: string) => void;
}
