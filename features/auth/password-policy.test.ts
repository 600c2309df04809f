import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const EMAIL = "li.wei@example.test";

describe("passwordProblem", () => {
  it("refuses the passwords the attack report found accepted", () => {
    expect(passwordProblem("12345678", EMAIL)).toBe("tooCommon");
    expect(passwordProblem("password", EMAIL)).toBe("tooCommon");
    expect(passwordProblem("        ", EMAIL)).toBe("onlySpaces");
    expect(passwordProblem(EMAIL, EMAIL)).toBe("containsEmail");
  });

  it("refuses a password containing the email's local part, in any case", () => {
    expect(passwordProblem("My-LI.WEI-secret-77", EMAIL)).toBe("containsEmail");
    // A one- or two-letter local part would refuse half of all passwords: only the estimator applies.
    expect(passwordProblem("a quiet harbour at dusk", "a@example.test")).toBeNull();
  });

  it("refuses other common and keyboard-walk passwords", () => {
    for (const p of ["password1", "qwertyuiop", "iloveyou123", "a1b2c3d4", "letmein!"]) expect(passwordProblem(p, EMAIL), p).toBe("tooCommon");
  });

  it("states the length rules", () => {
    expect(passwordProblem("short", EMAIL)).toBe("tooShort");
    expect(passwordProblem("x".repeat(129), EMAIL)).toBe("tooLong");
    expect(passwordProblem(`${"river stone ".repeat(10)}moss!!!!`.slice(0, 128), EMAIL)).toBeNull();
  });

  it("accepts a passphrase", () => {
    expect(passwordProblem("correct horse battery", EMAIL)).toBeNull();
    expect(passwordProblem("纸上得来终觉浅 2026", EMAIL)).toBeNull();
  });
});
