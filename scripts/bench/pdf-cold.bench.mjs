// Cold `selfeval pdf` against LibreOffice converting the same content, side by side (see scripts/bench-pdf-cold.mjs).
import '../bench-pdf-cold.mjs';
