import { describe, expect, it } from "vitest";
import { digestMail, noticeMail } from "./mail-text";

describe("the e-mail texts", () => {
  it("greet the recipient, carry the title as subject and link to the record", () => {
    const mail = noticeMail("https://mutu.example.go.id", "Dr. Theresia Adu", { title: "Sasaran mutu SM-01 menunggu persetujuan Anda", body: "Diajukan oleh Maria.", href: "/objectives/abc" });
    expect(mail.subject).toBe("[Portal Mutu] Sasaran mutu SM-01 menunggu persetujuan Anda");
    expect(mail.text).toContain("Yth. Dr. Theresia Adu,");
    expect(mail.text).toContain("Buka: https://mutu.example.go.id/objectives/abc");
    expect(mail.text).toContain("https://mutu.example.go.id/notifications");
  });

  it("list a digest's notifications with their links and count them in the subject", () => {
    const mail = digestMail("http://localhost:3000/", "Maria", "30 November 2026", [
      { title: "Satu", body: null, href: "/objectives/1" },
      { title: "Dua", body: "Catatan", href: "/objectives/2" },
    ]);
    expect(mail.subject).toBe("[Portal Mutu] Ringkasan notifikasi 30 November 2026 (2)");
    expect(mail.text).toContain("1. Satu\n   http://localhost:3000/objectives/1");
    expect(mail.text).toContain("2. Dua\n   Catatan\n   http://localhost:3000/objectives/2");
  });
});
