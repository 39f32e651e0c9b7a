import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). `algorithm: 2` is Argon2id in the
// library's const enum, which isolated modules cannot import.
const argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified against when the e-mail is unknown, so that the answer takes as long either way.
const dummyHash = hashPassword("not a real password, only for equal timing");

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
