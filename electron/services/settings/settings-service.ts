/** The settings slice: the unit's house layout of the PDF, kept in the database so backups and restores carry it. */
import type { SliceHandlers } from '../../../shared/api/contract';
import type { settingsApi } from '../../../shared/api/settings-api';
import { GBT9704_HOUSE_LAYOUT, HouseLayout } from '../../../shared/pdf/house-layout';
import type { Db } from '../../db/db-handle';
import { readSetting, writeSetting } from '../../db/settings-store';
import { withHouseLayout, type PdfLayoutSettings } from '../pdf/layout-settings';

const PDF_LAYOUT_KEY = 'pdf.houseLayout';

export function houseLayout(db: Db): HouseLayout | null {
  return readSetting(db, PDF_LAYOUT_KEY, HouseLayout);
}

/** What the PDF exporter uses now. */
export function pdfLayout(db: Db): PdfLayoutSettings {
  return withHouseLayout(houseLayout(db));
}

export function createSettingsService(db: Db): SliceHandlers<typeof settingsApi> {
  const state = () => {
    const house = houseLayout(db);
    return { layout: house ?? GBT9704_HOUSE_LAYOUT, isStandard: house === null };
  };
  return {
    'settings.pdfLayout': () => state(),
    'settings.setPdfLayout': ({ layout }) => {
      writeSetting(db, PDF_LAYOUT_KEY, layout);
      return state();
    },
  };
}
