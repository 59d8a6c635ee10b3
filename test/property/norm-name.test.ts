/**
 * normName answers most names without its bracket/punctuation loop; it must answer exactly as
 * the loop alone does.
 */
import fc from "fast-check";
import { normName } from "../../src/rules/catalogue/val/heuristics";
import { toHalfWidth } from "../../src/recognise/labels";

function reference(s: string): string {
  let n = toHalfWidth(s).replace(/\s+/g, "");
  for (let i = 0; i < 3; i++) {
    n = n
      .replace(/[。.,，;；、:：!！]+$/, "")
      .replace(/[(（][^()（）]*[)）]?$/, "")
      .replace(/^[(（][^()（）]*[)）]/, "");
  }
  return n;
}

const piece = fc.constantFrom("服务", "对象", "满意度", "(", ")", "（", "）", "。", "，", ".", "；", "!", "万元", " ", "\u3000", "9", "％", "a");

describe("normName", () => {
  it("equals the plain loop on names made of words, brackets, punctuation and spaces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(normName(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("drops a bracketed unit and trailing punctuation", () => {
    expect(normName("会议室使用率（%）。")).toBe("会议室使用率");
    expect(normName("服务对象满意度")).toBe("服务对象满意度");
  });
});
