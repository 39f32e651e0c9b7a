import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SignInDocument } from "../../../generated/documents/account.ts";
import { graphqlErrorCode, graphqlErrorExtension } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useDurationText } from "../hooks/useDurationText.ts";

export interface Credentials {
  email: string;
  password: string;
}

export interface SignInFormProps {
  /** Called after the server accepted the credentials and set the session cookie. */
  onSignedIn: () => Promise<void> | void;
  /** Fills the form (e.g. from a demo account); a new object fills it again. */
  prefill?: Credentials | undefined;
}

type Problem = { kind: "wrongCredentials" } | { kind: "rateLimited"; seconds: number } | { kind: "failed" };

/** E-mail and password; wrong credentials and too many attempts get their own clear message. */
export function SignInForm({ onSignedIn, prefill }: SignInFormProps) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const [signIn] = useMutation(SignInDocument);
  // Stays on after success until the page has changed, so nobody submits twice.
  const [submitting, setSubmitting] = useState(false);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [problem, setProblem] = useState<Problem | undefined>();
  // Counts failed attempts, so the message is focused (and read out) again after each one.
  const [attempt, setAttempt] = useState(0);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  const problemId = useId();

  useEffect(() => {
    if (!prefill) return;
    setEmail(prefill.email);
    setPassword(prefill.password);
    setMissing({});
    setProblem(undefined);
    submitButton.current?.focus();
  }, [prefill]);

  useEffect(() => {
    if (attempt > 0) problemBox.current?.focus();
  }, [attempt]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing = { email: email.trim() === "", password: password === "" };
    setMissing(nowMissing);
    setProblem(undefined);
    if (nowMissing.email || nowMissing.password) {
      (nowMissing.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn({ variables: { email: email.trim(), password } });
    } catch (error) {
      setSubmitting(false);
      const code = graphqlErrorCode(error);
      const retryAfter = graphqlErrorExtension(error, "retryAfterSeconds");
      setProblem(
        code === "UNAUTHENTICATED"
          ? { kind: "wrongCredentials" }
          : code === "RATE_LIMITED"
            ? { kind: "rateLimited", seconds: typeof retryAfter === "number" ? retryAfter : 60 }
            : { kind: "failed" },
      );
      setAttempt((n) => n + 1);
      return;
    }
    await onSignedIn();
  };

  const wrong = problem?.kind === "wrongCredentials";
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {problem ? (
        <Notice ref={problemBox} tone="error" role="alert" tabIndex={-1} id={problemId}>
          {problem.kind === "wrongCredentials"
            ? t("signIn.wrongCredentials")
            : problem.kind === "rateLimited"
              ? t("signIn.rateLimited", { time: duration(problem.seconds) })
              : t("signIn.failed")}
        </Notice>
      ) : null}
      <TextField
        ref={emailInput}
        label={t("signIn.email")}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={missing.email ? t("signIn.emailRequired") : undefined}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? problemId : undefined}
      />
      <TextField
        ref={passwordInput}
        label={t("signIn.password")}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={missing.password ? t("signIn.passwordRequired") : undefined}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? problemId : undefined}
      />
      <div className="form__actions">
        <Button ref={submitButton} type="submit" variant="primary" disabled={submitting}>
          {submitting ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </div>
    </form>
  );
}
