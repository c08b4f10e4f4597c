import { describe, expect, it } from "vitest";
import { readJson } from "../../src/ingest/read-json";
import { collectWarnings, rejection, tempFolder } from "./temp-files";

const { write } = tempFolder();

describe("readJson", () => {
  it("reads an array of document objects like JSON Lines records", async () => {
    const file = write("a-*.json", JSON.stringify([{ id: "a", text: "x", date: "1962-09-12", party: "D" }, { id: 2, text: "y" }]));
    expect(await readJson(file)).toEqual([
      { id: "a", text: "x", date: "1962-09-12", source: `${file}[0]`, meta: { party: "D" } },
      { id: "2", text: "y", source: `${file}[1]`, meta: {} },
    ]);
  });

  it("names the file and element of a bad record", async () => {
    const file = write("b-*.json", JSON.stringify([{ id: "a", text: "x" }, { id: "b", text: "y", date: "2019-02-29" }]));
    const error = await rejection(readJson(file));
    expect(error).toMatchObject({ code: "invalid_input", file });
    expect(error.message).toMatch(/: \[1\]: field "date": date "2019-02-29" is impossible/);
  });

  it("with skipInvalid, skips and reports each bad element", async () => {
    const file = write("c-*.json", JSON.stringify([{ id: "a", text: "x" }, 3, { id: "a", text: "z" }, { id: "b", text: "y" }]));
    const { warnings, onWarning } = collectWarnings();
    expect((await readJson(file, { skipInvalid: true, onWarning })).map((d) => d.id)).toEqual(["a", "b"]);
    expect(warnings.map((w) => w.code)).toEqual(["invalid_input", "duplicate_id"]);
  });

  it("rejects a file that is not a JSON array", async () => {
    await expect(readJson(write("d-*.json", `{"id": "a"}`))).rejects.toThrow(/expected a JSON array of document objects; got an object/);
    await expect(readJson(write("e-*.json", `[{"id": "a",]`))).rejects.toThrow(/malformed JSON/);
  });
});
