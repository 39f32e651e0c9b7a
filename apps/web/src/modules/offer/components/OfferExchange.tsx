import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportOffersDocument, OfferExportDocument } from "../../../generated/documents/offer.ts";
import type { ImportOffersMutation, OfferExchangeFormat } from "../../../generated/graphql.ts";
import { Button } from "../../../ui/Button.tsx";
import { SelectField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { downloadText, formatOfFile } from "../utils/download.ts";

type Report = ImportOffersMutation["importOffers"];

const formats: OfferExchangeFormat[] = ["CSV", "HSDS_JSON"];

/**
 * Export of an organisation's offers as CSV or HSDS JSON, and import of such a file: first
 * checked (dryRun) with its problems by line, then written only when the user confirms.
 */
export function OfferExchange({
  organisation,
  onImported,
}: {
  organisation: { id: string; name: string } | undefined;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="panel panel--wide offer-exchange" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-head">
        {t("offerAdmin.exchange.title")}
      </h2>
      <p className="muted">{t("offerAdmin.exchange.lead")}</p>
      {organisation ? (
        <div className="offer-exchange__grid">
          <OfferExport organisationId={organisation.id} />
          <OfferImport key={organisation.id} organisationId={organisation.id} onImported={onImported} />
        </div>
      ) : (
        <p>{t("offerAdmin.exchange.chooseOrganisation")}</p>
      )}
    </section>
  );
}

function OfferExport({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ filename: string; count: number } | "failed" | undefined>();
  const exportAs = async (format: OfferExchangeFormat) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await client.query({
        query: OfferExportDocument,
        variables: { organisationId, format },
        fetchPolicy: "network-only",
      });
      const file = result.data?.offerExport;
      if (!file) throw new Error("no export");
      downloadText(file.filename, file.mediaType, file.content);
      setOutcome({ filename: file.filename, count: file.offerCount });
    } catch {
      setOutcome("failed");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <div className="button-row">
        <Button disabled={busy} onClick={() => void exportAs("CSV")}>
          {t("offerAdmin.exchange.exportCsv")}
        </Button>
        <Button disabled={busy} onClick={() => void exportAs("HSDS_JSON")}>
          {t("offerAdmin.exchange.exportHsds")}
        </Button>
      </div>
      <div role="status">
        {busy ? <p>{t("offerAdmin.exchange.exporting")}</p> : null}
        {outcome && outcome !== "failed" ? (
          <p>{t("offerAdmin.exchange.exported", { filename: outcome.filename, count: outcome.count })}</p>
        ) : null}
      </div>
      <div role="alert">
        {outcome === "failed" ? <Notice tone="error">{t("offerAdmin.exchange.exportFailed")}</Notice> : null}
      </div>
    </div>
  );
}

function OfferImport({ organisationId, onImported }: { organisationId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [importOffers] = useMutation(ImportOffersDocument);
  const [file, setFile] = useState<{ name: string; content: string } | undefined>();
  const [format, setFormat] = useState<OfferExchangeFormat>("CSV");
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<Report | undefined>();
  const [done, setDone] = useState<Report | undefined>();
  const [busy, setBusy] = useState<"checking" | "importing" | undefined>();
  const [failed, setFailed] = useState(false);

  const run = async (dryRun: boolean): Promise<Report | undefined> => {
    if (!file) return undefined;
    setBusy(dryRun ? "checking" : "importing");
    setFailed(false);
    try {
      const result = await importOffers({ variables: { organisationId, format, content: file.content, dryRun } });
      return result.data?.importOffers;
    } catch {
      setFailed(true);
      return undefined;
    } finally {
      setBusy(undefined);
    }
  };

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(undefined);
    if (!file) {
      setFileError(t("offerAdmin.exchange.noFile"));
      return;
    }
    setPreview(await run(true));
  };

  const confirm = async () => {
    const report = await run(false);
    if (!report) return;
    if (report.applied) {
      setPreview(undefined);
      setDone(report);
      onImported();
    } else {
      // Something changed between check and import: show the new problems.
      setPreview(report);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void check(event)}>
      <div className="offer-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t("offerAdmin.exchange.file")}
          </label>
          <p id={`${id}-file-hint`} className="field__hint">
            {t("offerAdmin.exchange.fileHint")}
          </p>
          <input
            id={`${id}-file`}
            className="field__input"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={[`${id}-file-hint`, fileError ? `${id}-file-error` : ""].filter(Boolean).join(" ")}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              setPreview(undefined);
              setDone(undefined);
              setFileError(undefined);
              if (!chosen) {
                setFile(undefined);
                return;
              }
              setFormat(formatOfFile(chosen.name));
              chosen.text().then(
                (content) => setFile({ name: chosen.name, content }),
                () => setFileError(t("offerAdmin.exchange.readFailed")),
              );
            }}
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
        <SelectField
          label={t("offerAdmin.exchange.format")}
          value={format}
          onChange={(event) => {
            const next = formats.find((option) => option === event.target.value);
            if (next) setFormat(next);
            setPreview(undefined);
          }}
        >
          {formats.map((option) => (
            <option key={option} value={option}>
              {t(`offerAdmin.exchange.formats.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__actions">
        <Button type="submit" disabled={busy !== undefined}>
          {busy === "checking" ? t("offerAdmin.exchange.checking") : t("offerAdmin.exchange.check")}
        </Button>
      </div>
      <div role="status">
        {preview ? <ImportPreview report={preview} /> : null}
        {done ? (
          <Notice tone="success">
            {t("offerAdmin.exchange.done", { created: done.created, updated: done.updated })}
          </Notice>
        ) : null}
      </div>
      {preview && preview.problems.length === 0 ? (
        <div className="form__actions">
          <Button variant="primary" disabled={busy !== undefined} onClick={() => void confirm()}>
            {busy === "importing" ? t("offerAdmin.exchange.importing") : t("offerAdmin.exchange.confirm")}
          </Button>
          <Button variant="quiet" disabled={busy !== undefined} onClick={() => setPreview(undefined)}>
            {t("offerAdmin.exchange.cancel")}
          </Button>
        </div>
      ) : null}
      <div role="alert">{failed ? <Notice tone="error">{t("offerAdmin.exchange.failed")}</Notice> : null}</div>
    </form>
  );
}

function ImportPreview({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.problems.length === 0) {
    return (
      <Notice tone="info" title={t("offerAdmin.exchange.preview")}>
        <p>
          {t("offerAdmin.exchange.wouldCreate", { count: report.created })}{" "}
          {t("offerAdmin.exchange.wouldUpdate", { count: report.updated })}
        </p>
      </Notice>
    );
  }
  return (
    <>
      <Notice tone="error" title={t("offerAdmin.exchange.problemsTitle", { count: report.problems.length })} />
      <DataTable label={t("offerAdmin.exchange.problems")}>
        <thead>
          <tr>
            <th scope="col">{t("offerAdmin.exchange.line")}</th>
            <th scope="col">{t("offerAdmin.exchange.field")}</th>
            <th scope="col">{t("offerAdmin.exchange.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={`${problem.line}-${problem.field ?? ""}-${problem.message}`}>
              <td>{problem.line}</td>
              <td>{problem.field ?? t("offerAdmin.exchange.wholeRow")}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
