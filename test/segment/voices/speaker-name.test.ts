import { describe, expect, test } from "vitest";
import { speakerName } from "../../../src/segment/voices/speaker-name";

describe("speakerName(mention)", () => {
  test("drops titles and honorifics and keeps role nouns", () => {
    expect(speakerName("Supreme Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei")).toEqual({ name: "Ali Khamenei", surname: "Khamenei", roles: ["leader", "supreme leader", "ayatollah"] });
    expect(speakerName("Ayatollah Khamenei").surname).toBe("Khamenei");
    expect(speakerName("French President Emmanuel Macron")).toEqual({ name: "Emmanuel Macron", surname: "Macron", roles: ["president", "french president"] });
    expect(speakerName("Prime Minister Hana Vos of Lindmark")).toEqual({ name: "Hana Vos", surname: "Vos", roles: ["minister", "prime minister"] });
    expect(speakerName("Opposition leader Ruben Hale").name).toBe("Ruben Hale");
    expect(speakerName("President of the Republic Ana Soto").name).toBe("Ana Soto");
    expect(speakerName("Mr. John Hale's").name).toBe("John Hale");
  });
});
