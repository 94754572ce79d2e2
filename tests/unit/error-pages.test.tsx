// The error boundaries show an Indonesian message with a retry, never a blank page.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "../../app/global-error";
import RootError from "../../app/error";
import PortalError from "../../app/(portal)/error";

vi.mock("../../app/globals.css", () => ({}));

const failure = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest: "3141592653" });

describe("error pages", () => {
  for (const [name, Page] of [
    ["app/error.tsx", RootError],
    ["app/(portal)/error.tsx", PortalError],
    ["app/global-error.tsx", GlobalError],
  ] as const) {
    it(`${name} says the server has a problem and offers a retry`, () => {
      const html = renderToStaticMarkup(<Page error={failure} retry={() => {}} />);
      expect(html).toContain("Server sedang bermasalah");
      expect(html).toMatch(/<button[^>]*>Coba lagi<\/button>/);
      expect(html).toContain("Kode kejadian: 3141592653");
      expect(html).not.toContain("ECONNREFUSED"); // no internals
    });
  }
});
