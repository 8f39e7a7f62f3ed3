import { describe, expect, it } from "vitest";
import { AdapterError, toUserError } from "../../src/excel/errors";
import { SimOfficeError } from "../../src/sim";

describe("toUserError", () => {
  it("turns every Office error code into its own bilingual message, with the debug line kept", () => {
    const codes = [
      "AccessDenied",
      "ItemNotFound",
      "InvalidArgument",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
      "GeneralException",
      "ApiNotFound",
    ] as const;
    const messages = codes.map((code) => {
      const u = toUserError(new SimOfficeError(code, `raw ${code}`, "Range.values ="));
      expect(u.code).toBe(code);
      expect(u.message.ru).toMatch(/[а-я]/);
      expect(u.message.en).toMatch(/[a-z]/);
      expect(u.debug).toContain(`raw ${code}`);
      expect(u.debug).toContain("location: Range.values =");
      return u.message.ru;
    });
    expect(new Set(messages).size).toBe(codes.length);
  });

  it("says nothing changed for a protected sheet", () => {
    const u = toUserError(new SimOfficeError("AccessDenied", "protected"));
    expect(u.message.ru).toContain("Книга не изменена");
    expect(u.message.en).toContain("Nothing was changed");
  });

  it("keeps the adapter's own refusals as they are", () => {
    const e = new AdapterError("TooManyCells", { ru: "много", en: "many" }, "10x10");
    expect(toUserError(e)).toEqual({
      code: "TooManyCells",
      message: { ru: "много", en: "many" },
      debug: "TooManyCells: 10x10",
    });
  });

  it("gives an unknown error a generic message rather than a raw one", () => {
    const plain = toUserError(new TypeError("x is undefined"));
    expect(plain.code).toBe("Unknown");
    expect(plain.message.ru).toContain("Непредвиденная ошибка");
    expect(plain.debug).toContain("x is undefined");
    expect(toUserError("just a string").debug).toBe("just a string");
    expect(toUserError({ code: "SomethingNew", message: "m" }).code).toBe("SomethingNew");
  });
});
