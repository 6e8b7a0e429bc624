// PDF export: cold, warm, stress, and LibreOffice side by side (see scripts/bench-pdf.ts).
import '../bench-pdf';
