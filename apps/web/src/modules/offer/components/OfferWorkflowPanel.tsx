import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ArchiveOfferDocument,
  PublishOfferDocument,
  RestoreOfferDocument,
  ReturnOfferDocument,
  SubmitOfferDocument,
  VerifyOfferDocument,
} from "../../../generated/documents/offer.ts";
import type { OfferEditorFieldsFragment, Role } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { TextAreaField } from "../../indicator/components/TextAreaField.tsx";
import { PublicationBadge, VerificationDueBadge } from "./OfferBadges.tsx";

type Action = "submit" | "publish" | "return" | "verify" | "archive" | "restore";

const doneTexts = {
  submit: "offerAdmin.workflow.submitted",
  publish: "offerAdmin.workflow.published",
  return: "offerAdmin.workflow.returned",
  verify: "offerAdmin.workflow.verified",
  archive: "offerAdmin.workflow.archived",
  restore: "offerAdmin.workflow.restored",
} as const satisfies Record<Action, string>;

export interface OfferWorkflowPanelProps {
  offer: OfferEditorFieldsFragment;
  role: Role;
  /** Unsaved changes in the form: submitting or publishing would send the stored version. */
  dirty: boolean;
}

/**
 * Where the offer stands (draft → submitted → published, or returned with a comment) and what
 * the viewer may do next: providers submit, planners publish, return with a comment and
 * confirm the information; both archive. The API checks every step again.
 */
export function OfferWorkflowPanel({ offer, role, dirty }: OfferWorkflowPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [submitOffer] = useMutation(SubmitOfferDocument);
  const [publishOffer] = useMutation(PublishOfferDocument);
  const [returnOffer] = useMutation(ReturnOfferDocument);
  const [verifyOffer] = useMutation(VerifyOfferDocument);
  const [archiveOffer] = useMutation(ArchiveOfferDocument);
  const [restoreOffer] = useMutation(RestoreOfferDocument);
  const [busy, setBusy] = useState<Action | undefined>();
  const [done, setDone] = useState<Action | undefined>();
  const [failure, setFailure] = useState<"conflict" | "failed" | undefined>();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | undefined>();
  const [confirmArchive, setConfirmArchive] = useState(false);

  const isPlanner = role === "PLANNER" || role === "ADMIN";
  const archived = offer.archivedAt !== null;
  const variables = { id: offer.id };

  const run = async (action: Action, mutate: () => Promise<unknown>) => {
    setBusy(action);
    setDone(undefined);
    setFailure(undefined);
    try {
      await mutate();
      setDone(action);
      setReturning(false);
      setConfirmArchive(false);
      setComment("");
    } catch (error) {
      setFailure(graphqlErrorCode(error) === "CONFLICT" ? "conflict" : "failed");
    } finally {
      setBusy(undefined);
    }
  };

  const sendBack = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.trim() === "") {
      setCommentError(t("offerAdmin.errors.commentRequired"));
      return;
    }
    setCommentError(undefined);
    void run("return", () => returnOffer({ variables: { id: offer.id, comment: comment.trim() } }));
  };

  const canSubmit = !archived && !isPlanner && (offer.publication === "DRAFT" || offer.publication === "RETURNED");
  const canPublish = !archived && isPlanner && offer.publication !== "PUBLISHED";
  const canReturn = !archived && isPlanner && (offer.publication === "SUBMITTED" || offer.publication === "PUBLISHED");
  const canVerify = !archived && isPlanner;
  const disabled = busy !== undefined;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("offerAdmin.workflow.title")}</h2>
      <p className="offer-badges">
        <span>{t("offerAdmin.workflow.state")}:</span>
        <PublicationBadge publication={offer.publication} />
        {archived ? <span className="badge badge--muted">{t("offerAdmin.archived")}</span> : null}
        {offer.verificationDue ? <VerificationDueBadge /> : null}
      </p>
      {offer.publication === "RETURNED" && offer.reviewComment ? (
        <Notice tone="error" title={t("offerAdmin.workflow.returnedTitle")}>
          <p className="offer-workflow__comment">{offer.reviewComment}</p>
        </Notice>
      ) : null}
      <ul className="plain-list">
        {offer.publication === "SUBMITTED" && offer.submittedAt ? (
          <li>{t("offerAdmin.workflow.submittedAt", { date: format.date(offer.submittedAt) })}</li>
        ) : null}
        {offer.publication === "PUBLISHED" && offer.publishedAt ? (
          <li>{t("offerAdmin.workflow.publishedAt", { date: format.date(offer.publishedAt) })}</li>
        ) : null}
        <li>
          {offer.lastVerifiedAt
            ? t("offerAdmin.workflow.lastVerified", { date: format.date(offer.lastVerifiedAt) })
            : t("offerAdmin.workflow.neverVerified")}
        </li>
        {offer.verificationDue && offer.lastVerifiedAt ? <li>{t("offerAdmin.workflow.dueHint")}</li> : null}
      </ul>
      {!isPlanner && offer.publication === "SUBMITTED" && !archived ? <p>{t("offerAdmin.workflow.waiting")}</p> : null}
      {dirty && (canSubmit || canPublish) ? <p className="field__hint">{t("offerAdmin.workflow.saveFirst")}</p> : null}

      <div className="button-row">
        {canSubmit ? (
          <Button
            variant="primary"
            disabled={disabled || dirty}
            onClick={() => void run("submit", () => submitOffer({ variables }))}
          >
            {t("offerAdmin.workflow.submit")}
          </Button>
        ) : null}
        {canPublish ? (
          <Button
            variant="primary"
            disabled={disabled || dirty}
            onClick={() => void run("publish", () => publishOffer({ variables }))}
          >
            {t("offerAdmin.workflow.publish")}
          </Button>
        ) : null}
        {canReturn && !returning ? (
          <Button disabled={disabled} onClick={() => setReturning(true)}>
            {t("offerAdmin.workflow.return")}
          </Button>
        ) : null}
        {canVerify ? (
          <Button disabled={disabled} onClick={() => void run("verify", () => verifyOffer({ variables }))}>
            {t("offerAdmin.workflow.verify")}
          </Button>
        ) : null}
      </div>

      {returning ? (
        <form className="form" noValidate onSubmit={sendBack}>
          <TextAreaField
            label={t("offerAdmin.workflow.returnComment")}
            hint={t("offerAdmin.workflow.returnCommentHint")}
            rows={4}
            maxLength={2000}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              setCommentError(undefined);
            }}
            error={commentError}
          />
          <div className="button-row">
            <Button type="submit" variant="primary" disabled={disabled}>
              {t("offerAdmin.workflow.returnConfirm")}
            </Button>
            <Button variant="quiet" onClick={() => setReturning(false)}>
              {t("offerAdmin.workflow.cancel")}
            </Button>
          </div>
        </form>
      ) : null}

      <div className="button-row">
        {archived ? (
          <Button disabled={disabled} onClick={() => void run("restore", () => restoreOffer({ variables }))}>
            {t("offerAdmin.workflow.restore")}
          </Button>
        ) : confirmArchive ? (
          <Notice tone="info">
            <p>{t("offerAdmin.workflow.archiveConfirm")}</p>
            <div className="button-row">
              <Button disabled={disabled} onClick={() => void run("archive", () => archiveOffer({ variables }))}>
                {t("offerAdmin.workflow.archiveYes")}
              </Button>
              <Button variant="quiet" onClick={() => setConfirmArchive(false)}>
                {t("offerAdmin.workflow.cancel")}
              </Button>
            </div>
          </Notice>
        ) : (
          <Button variant="quiet" disabled={disabled} onClick={() => setConfirmArchive(true)}>
            {t("offerAdmin.workflow.archive")}
          </Button>
        )}
      </div>

      <div role="status">{done ? <Notice tone="success">{t(doneTexts[done])}</Notice> : null}</div>
      <div role="alert">
        {failure ? (
          <Notice tone="error">
            {failure === "conflict" ? t("offerAdmin.workflow.conflict") : t("offerAdmin.workflow.failed")}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
