import { useQuery } from "@apollo/client/react";
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { DataImportIndicatorsDocument } from "../../../generated/documents/data-import.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { signInPath } from "../../account/utils/nextPath.ts";
import {
  type AreaManifestForm,
  areaManifest,
  type CsvSample,
  type GeoJsonSample,
  guessAreaManifest,
  guessIndicatorMapping,
  guessObservationManifest,
  type ObservationManifestForm,
  observationManifest,
  sampleBytes,
  sampleCsv,
  sampleGeoJson,
} from "../utils/manifest.ts";
import {
  type ImportPreviewJson,
  type ImportProgress,
  type ImportResultJson,
  importUpload,
  previewUpload,
  type Upload,
  UploadError,
} from "../utils/uploadApi.ts";
import { AreaManifestFields } from "./AreaManifestFields.tsx";
import { CsvSampleTable, GeoJsonSampleTable } from "./FileSample.tsx";
import { ImportPreviewPanel } from "./ImportPreviewPanel.tsx";
import { type IndicatorChoice, ObservationManifestFields } from "./ObservationManifestFields.tsx";

export type DataKind = "observations" | "areas";
export type ManifestSource = "form" | "file";

/** The largest file the API accepts (apps/api data-import.routes.ts). */
export const maxUploadBytes = 50 * 1024 * 1024;
export const indicatorChoicesPageSize = 500;

type Phase =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "checked"; preview: ImportPreviewJson; upload: Upload }
  | { step: "importing"; preview: ImportPreviewJson; upload: Upload; progress: ImportProgress | null }
  | { step: "imported"; result: ImportResultJson }
  | { step: "failed"; error: UploadError | Error; during: "check" | "import" };

type Sample = { kind: "observations"; csv: CsvSample } | { kind: "areas"; geojson: GeoJsonSample | null };

/**
 * Uploading a data file in the browser: an indicator CSV or a GeoJSON of area boundaries, with
 * a manifest (a file, or built in a small form from the file's columns). The server checks it
 * with the same code as the CLI and shows what it found; only after confirming is it written,
 * in one transaction, while a progress bar follows the server's progress lines.
 */
export function DataImport() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const kind: DataKind = params.get("kind") === "areas" ? "areas" : "observations";
  const manifestSource: ManifestSource = params.get("manifest") === "file" ? "file" : "form";
  const setView = (patch: { kind?: DataKind; manifest?: ManifestSource }) => {
    const next = new URLSearchParams();
    const nextKind = patch.kind ?? kind;
    const nextManifest = patch.manifest ?? manifestSource;
    if (nextKind !== "observations") next.set("kind", nextKind);
    if (nextManifest !== "form") next.set("manifest", nextManifest);
    setParams(next, { replace: true });
  };

  const indicatorsQuery = useQuery(DataImportIndicatorsDocument, { variables: { first: indicatorChoicesPageSize } });
  const indicators: IndicatorChoice[] = useMemo(
    () =>
      indicatorsQuery.dataState === "complete"
        ? indicatorsQuery.data.indicators.edges.map(({ node }) => ({
            key: node.key,
            name: node.name,
            topic: node.topic,
          }))
        : [],
    [indicatorsQuery.dataState, indicatorsQuery.data],
  );

  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [sample, setSample] = useState<Sample | null>(null);
  const [observationForm, setObservationForm] = useState<ObservationManifestForm | null>(null);
  const [areaForm, setAreaForm] = useState<AreaManifestForm | null>(null);
  const [manifestFile, setManifestFile] = useState<{ name: string; json: unknown } | null>(null);
  const [manifestFileError, setManifestFileError] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRegion = useRef<HTMLDivElement>(null);

  const reset = () => setPhase({ step: "idle" });

  // The indicators may arrive after the file was chosen: map columns named like an indicator
  // (S1 → mss2021.s1) once both are there, leaving the planner's own choices alone.
  const guessedFor = useRef<Sample | null>(null);
  useEffect(() => {
    if (indicators.length === 0 || sample?.kind !== "observations" || guessedFor.current === sample) return;
    guessedFor.current = sample;
    const keys = indicators.map((indicator) => indicator.key);
    setObservationForm((form) =>
      form ? { ...form, mapping: guessIndicatorMapping(sample.csv.header, form.mapping, keys) } : form,
    );
  }, [indicators, sample]);

  const chooseKind = (next: DataKind) => {
    setView({ kind: next });
    setFile(null);
    setSample(null);
    setObservationForm(null);
    setAreaForm(null);
    setFileError(undefined);
    if (fileInput.current) fileInput.current.value = "";
    reset();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    reset();
    setFile(chosen);
    setSample(null);
    setFileError(undefined);
    if (!chosen) return;
    if (chosen.size > maxUploadBytes) {
      setFileError(t("dataImport.file.tooLarge", { size: format.number(chosen.size / 1024 / 1024, 1) }));
      return;
    }
    if (kind === "observations") {
      const text = await chosen.slice(0, sampleBytes).text();
      const csv = sampleCsv(text, 5, chosen.size <= sampleBytes);
      setSample({ kind: "observations", csv });
      setObservationForm(guessObservationManifest(csv, []));
    } else {
      const geojson = sampleGeoJson(await chosen.text());
      setSample({ kind: "areas", geojson });
      setAreaForm(geojson ? guessAreaManifest(geojson) : null);
    }
  };

  const onManifestFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    reset();
    setManifestFile(null);
    setManifestFileError(undefined);
    if (!chosen) return;
    try {
      setManifestFile({ name: chosen.name, json: JSON.parse(await chosen.text()) as unknown });
    } catch (error) {
      setManifestFileError(t("dataImport.manifestFile.invalid", { message: (error as Error).message }));
    }
  };

  const manifest: unknown =
    manifestSource === "file"
      ? (manifestFile?.json ?? null)
      : kind === "observations"
        ? observationForm && sample?.kind === "observations"
          ? observationManifest(observationForm, sample.csv.header)
          : null
        : areaForm
          ? areaManifest(areaForm)
          : null;
  const ready = file !== null && !fileError && manifest !== null;

  const check = async () => {
    if (!file || manifest === null) return;
    const upload: Upload = { file, fileName: file.name, manifest };
    setPhase({ step: "checking" });
    try {
      const preview = await previewUpload(upload);
      setPhase({ step: "checked", preview, upload });
    } catch (error) {
      setPhase({ step: "failed", error: error instanceof Error ? error : new Error(String(error)), during: "check" });
    }
    resultRegion.current?.focus();
  };

  const confirm = async () => {
    if (phase.step !== "checked") return;
    const { preview, upload } = phase;
    setPhase({ step: "importing", preview, upload, progress: null });
    try {
      const result = await importUpload(upload, (progress) =>
        setPhase({ step: "importing", preview, upload, progress }),
      );
      setPhase({ step: "imported", result });
    } catch (error) {
      setPhase({ step: "failed", error: error instanceof Error ? error : new Error(String(error)), during: "import" });
    }
    resultRegion.current?.focus();
  };

  const startOver = () => {
    setFile(null);
    setSample(null);
    setObservationForm(null);
    setAreaForm(null);
    if (fileInput.current) fileInput.current.value = "";
    reset();
    fileInput.current?.focus();
  };

  const busy = phase.step === "checking" || phase.step === "importing";
  return (
    <div className="data-import">
      <fieldset className="import-step">
        <legend>{t("dataImport.kind.legend")}</legend>
        <div className="radio-list">
          {(["observations", "areas"] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                disabled={busy}
                onChange={() => chooseKind(option)}
              />
              <span>
                <strong>{t(`dataImport.kind.${option}`)}</strong>
                <span className="field__hint"> – {t(`dataImport.kind.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <section className="import-step" aria-labelledby={`${id}-file`}>
        <h2 id={`${id}-file`} className="import-step__title">
          {t("dataImport.file.title")}
        </h2>
        <div className={fileError ? "field field--invalid" : "field"}>
          <label className="field__label" htmlFor={`${id}-file-input`}>
            {kind === "observations" ? t("dataImport.file.csvLabel") : t("dataImport.file.geojsonLabel")}
          </label>
          <p id={`${id}-file-hint`} className="field__hint">
            {t("dataImport.file.hint")}
          </p>
          <input
            ref={fileInput}
            id={`${id}-file-input`}
            className="field__input"
            type="file"
            accept={kind === "observations" ? ".csv,text/csv" : ".geojson,.json,application/geo+json,application/json"}
            aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ""}`}
            aria-invalid={fileError ? true : undefined}
            disabled={busy}
            onChange={(event) => void onFile(event)}
          />
          {fileError ? (
            <p id={`${id}-file-error`} className="field__error">
              <span aria-hidden="true" className="field__error-icon">
                !
              </span>
              {fileError}
            </p>
          ) : null}
        </div>
        {file && sample ? (
          <div className="import-sample">
            {sample.kind === "observations" ? (
              <>
                <p className="field__hint">
                  {t("dataImport.file.chosen", { name: file.name, size: format.number(file.size / 1024, 1) })}
                </p>
                <CsvSampleTable sample={sample.csv} />
              </>
            ) : null}
            {sample.kind === "areas" && sample.geojson ? (
              <>
                <p className="field__hint">
                  {t("dataImport.file.features", {
                    name: file.name,
                    size: format.number(file.size / 1024, 1),
                    count: sample.geojson.featureCount,
                  })}
                </p>
                <GeoJsonSampleTable sample={sample.geojson} />
              </>
            ) : null}
            {sample.kind === "areas" && !sample.geojson ? (
              <Notice tone="info">{t("dataImport.file.notGeoJson")}</Notice>
            ) : null}
          </div>
        ) : null}
      </section>

      <section className="import-step" aria-labelledby={`${id}-manifest`}>
        <h2 id={`${id}-manifest`} className="import-step__title">
          {t("dataImport.manifest.title")}
        </h2>
        <fieldset className="radio-toggle">
          <legend className="visually-hidden">{t("dataImport.manifest.sourceLegend")}</legend>
          {(["form", "file"] as const).map((option) => (
            <label key={option} className="radio-toggle__option">
              <input
                type="radio"
                name={`${id}-manifest-source`}
                value={option}
                checked={manifestSource === option}
                disabled={busy}
                onChange={() => {
                  setView({ manifest: option });
                  reset();
                }}
              />
              {t(`dataImport.manifest.source_${option}`)}
            </label>
          ))}
        </fieldset>
        {manifestSource === "file" ? (
          <div className={manifestFileError ? "field field--invalid" : "field"}>
            <label className="field__label" htmlFor={`${id}-manifest-input`}>
              {t("dataImport.manifestFile.label")}
            </label>
            <p id={`${id}-manifest-hint`} className="field__hint">
              {t("dataImport.manifestFile.hint")}
            </p>
            <input
              id={`${id}-manifest-input`}
              className="field__input"
              type="file"
              accept=".json,application/json"
              aria-describedby={`${id}-manifest-hint${manifestFileError ? ` ${id}-manifest-error` : ""}`}
              aria-invalid={manifestFileError ? true : undefined}
              disabled={busy}
              onChange={(event) => void onManifestFile(event)}
            />
            {manifestFileError ? (
              <p id={`${id}-manifest-error`} className="field__error">
                <span aria-hidden="true" className="field__error-icon">
                  !
                </span>
                {manifestFileError}
              </p>
            ) : null}
          </div>
        ) : !file || !sample ? (
          <p className="field__hint">{t("dataImport.manifest.chooseFileFirst")}</p>
        ) : sample.kind === "observations" && observationForm ? (
          <ObservationManifestFields
            sample={sample.csv}
            value={observationForm}
            onChange={(value) => {
              setObservationForm(value);
              reset();
            }}
            indicators={indicators}
          />
        ) : sample.kind === "areas" && sample.geojson && areaForm ? (
          <AreaManifestFields
            sample={sample.geojson}
            value={areaForm}
            onChange={(value) => {
              setAreaForm(value);
              reset();
            }}
          />
        ) : (
          <p className="field__hint">{t("dataImport.manifest.useFile")}</p>
        )}
      </section>

      <div className="form__actions">
        <Button variant="primary" disabled={!ready || busy} onClick={() => void check()}>
          {phase.step === "checking" ? t("dataImport.checking") : t("dataImport.check")}
        </Button>
      </div>

      {/* The outcome of each step is announced here; focus moves here when a step ends. */}
      <div ref={resultRegion} tabIndex={-1} className="import-outcome" aria-live="polite">
        {phase.step === "checking" ? (
          <div className="import-progress" role="status">
            <progress aria-label={t("dataImport.checking")} />
            <span>{t("dataImport.checking")}</span>
          </div>
        ) : null}
        {phase.step === "checked" || phase.step === "importing" ? (
          <section aria-labelledby={`${id}-preview`}>
            <h2 id={`${id}-preview`} className="import-step__title">
              {t("dataImport.preview.title")}
            </h2>
            <ImportPreviewPanel preview={phase.preview} />
            {phase.preview.accepted ? (
              <div className="form__actions">
                <Button variant="primary" disabled={phase.step === "importing"} onClick={() => void confirm()}>
                  {t("dataImport.confirm")}
                </Button>
              </div>
            ) : null}
          </section>
        ) : null}
        {phase.step === "importing" ? <ImportProgressBar progress={phase.progress} /> : null}
        {phase.step === "imported" ? <ImportSummary result={phase.result} onStartOver={startOver} /> : null}
        {phase.step === "failed" ? <UploadFailure error={phase.error} during={phase.during} /> : null}
      </div>
    </div>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const text = progress
    ? t("dataImport.progress.text", {
        done: format.number(progress.done),
        total: format.number(progress.total),
        percent,
      })
    : t("dataImport.progress.starting");
  return (
    <div className="import-progress">
      <progress
        max={100}
        value={progress ? percent : undefined}
        aria-label={t("dataImport.progress.label")}
        aria-valuetext={text}
      />
      <span role="status">{text}</span>
    </div>
  );
}

function ImportSummary({ result, onStartOver }: { result: ImportResultJson; onStartOver: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!result.accepted) {
    return (
      <section>
        <ImportPreviewPanel preview={result} />
        <div className="form__actions">
          <Button onClick={onStartOver}>{t("dataImport.startOver")}</Button>
        </div>
      </section>
    );
  }
  return (
    <section className="import-summary">
      <div className="import-progress">
        <progress max={100} value={100} aria-label={t("dataImport.progress.label")} />
        <span>{t("dataImport.progress.complete")}</span>
      </div>
      <Notice tone="success" title={t("dataImport.summary.title", { file: result.fileName })}>
        <p>
          {t(result.kind === "AREAS" ? "dataImport.summary.areas" : "dataImport.summary.values", {
            created: format.number(result.created),
            updated: format.number(result.updated),
            unchanged: format.number(result.unchanged),
          })}
        </p>
        <p>{t("dataImport.summary.logged")}</p>
      </Notice>
      <div className="form__actions">
        <Button onClick={onStartOver}>{t("dataImport.startOver")}</Button>
        <Link to="/verwaltung/aenderungen">{t("dataImport.summary.changeLog")}</Link>
      </div>
    </section>
  );
}

/**
 * A refused request or a failed import. Refused requests and errors the server reports
 * (its transaction rolled back) wrote nothing; when the connection broke off during an import
 * the outcome is unknown, and the change log tells.
 */
function UploadFailure({ error, during }: { error: Error; during: "check" | "import" }) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = error instanceof UploadError ? error.code : undefined;
  if (code === "UNAUTHENTICATED") {
    return (
      <Notice tone="error" role="alert">
        <p>{t("access.sessionExpired")}</p>
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t("access.signInAgain")}</Link>
      </Notice>
    );
  }
  const message =
    code === "FORBIDDEN"
      ? t("access.noPermissionApi")
      : code === "PAYLOAD_TOO_LARGE"
        ? t("dataImport.errors.tooLarge")
        : t("dataImport.errors.failed", { message: error.message });
  return (
    <Notice tone="error" role="alert" title={t("dataImport.errors.title")}>
      <p>{message}</p>
      <p>
        {during === "check" || (error instanceof UploadError && code !== "INCOMPLETE")
          ? t("dataImport.errors.nothingWritten")
          : t("dataImport.errors.unknownOutcome")}
      </p>
    </Notice>
  );
}
