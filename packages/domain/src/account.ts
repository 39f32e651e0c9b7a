import { z } from "zod";

/** Roles of signed-in users, from least to most rights; not signed in is "public". */
export const roles = ["VIEWER", "PROVIDER", "PLANNER", "ADMIN"] as const;
export type Role = (typeof roles)[number];

export const minPasswordLength = 10;

export const passwordSchema = z
  .string()
  .min(minPasswordLength, `must have at least ${minPasswordLength} characters`)
  .max(200, "must have at most 200 characters");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "is too long")
  .pipe(z.email({ message: "is not an e-mail address" }));

export const userInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "is required").max(200, "must have at most 200 characters"),
  role: z.enum(roles, { message: `must be one of ${roles.join(", ")}` }),
  organisationIds: z
    .array(z.uuid({ message: "is not an id" }))
    .max(50)
    .default([]),
  disabled: z.boolean().default(false),
});
export type UserInput = z.infer<typeof userInputSchema>;
