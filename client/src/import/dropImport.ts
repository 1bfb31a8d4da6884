// A dropped GeoJSON or CityJSON file → the existing building import (sim-core/host/import, proj4 in the
// browser) → a new city, or nothing at all: a fatal error leaves the current city as it was. The report
// (summary, per-feature warnings) is shown in an accessible HTML dialog. Loaded lazily on the first drop.
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { importBuildings } from "../../../sim-core/host/import/importBuildings.ts";
import { ImportError, type ImportWarning } from "../../../sim-core/host/import/types.ts";
import { lang } from "../ui/i18n.ts";

export interface ImportReport {
  ok: boolean;
  file: string;
  imported: number;
  skipped: number;
  warnings: ImportWarning[];
  error?: string;
}

export interface ImportOutcome {
  city?: CityDataset;
  report: ImportReport;
  summaryText: string;
}

/** Warnings listed in the dialog (the count says how many more there are). */
const LISTED_WARNINGS = 200;

export function importDropped(file: string, text: string, current: CityDataset): ImportOutcome {
  const nb = lang() === "nb";
  try {
    const { dataset, warnings, summary } = importBuildings(text, {
      municipality: current.municipality,
      weatherStation: current.weatherStation,
      storeyHeight_m: current.storeyHeight_m,
      district: nb ? "Importert" : "Imported",
    });
    if (dataset.buildings.length === 0) throw new ImportError("no building could be imported from the file");
    const report: ImportReport = { ok: true, file, imported: summary.imported, skipped: summary.skipped, warnings };
    const summaryText = nb
      ? `${file}: ${summary.imported} bygg importert, ${summary.skipped} hoppet over, ${warnings.length} advarsler (ekte geometri)`
      : `${file}: ${summary.imported} buildings imported, ${summary.skipped} skipped, ${warnings.length} warnings (real geometry)`;
    showDialog(report, summaryText);
    return { city: dataset, report, summaryText };
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    const message = err instanceof ImportError ? err.message : `${err.name}: ${err.message}`;
    const report: ImportReport = { ok: false, file, imported: 0, skipped: 0, warnings: [], error: message };
    const summaryText = nb
      ? `${file} ble ikke importert: ${message}. Byen er uendret.`
      : `${file} was not imported: ${message}. The city is unchanged.`;
    showDialog(report, summaryText);
    return { report, summaryText };
  }
}

function showDialog(report: ImportReport, summaryText: string): void {
  document.getElementById("importDialog")?.remove();
  const dialog = document.createElement("dialog");
  dialog.id = "importDialog";
  dialog.setAttribute("aria-label", lang() === "nb" ? "Importrapport" : "Import report");
  dialog.style.cssText =
    "max-width:720px;max-height:70vh;overflow:auto;background:#0d1b2a;color:#e8f1f8;border:1px solid #4f7fa3;border-radius:10px;font:16px sans-serif";
  const head = document.createElement("p");
  head.id = "importSummary";
  head.textContent = summaryText;
  head.style.color = report.ok ? "#7fd1a8" : "#ff8a7a";
  dialog.append(head);
  if (report.warnings.length > 0) {
    const list = document.createElement("ul");
    list.id = "importWarnings";
    for (const w of report.warnings.slice(0, LISTED_WARNINGS)) {
      const item = document.createElement("li");
      item.textContent = `#${w.index} ${w.featureId} — ${w.kind}: ${w.message}`;
      list.append(item);
    }
    dialog.append(list);
    if (report.warnings.length > LISTED_WARNINGS) {
      const more = document.createElement("p");
      more.textContent = `… +${report.warnings.length - LISTED_WARNINGS}`;
      dialog.append(more);
    }
  }
  const close = document.createElement("button");
  close.textContent = lang() === "nb" ? "Lukk" : "Close";
  close.onclick = () => dialog.close();
  dialog.append(close);
  document.body.append(dialog);
  dialog.show();
}
