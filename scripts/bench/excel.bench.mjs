// Importing a 10,000-row workbook against exceljs alone (see scripts/bench-excel.mjs).
import '../bench-excel.mjs';
