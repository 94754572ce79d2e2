import { describe, expect, it } from "vitest";
import { matchUnit, type UnitCandidate } from "./unit-match";

const unit = (path: string, name: string, shortName: string | null = null): UnitCandidate => ({ id: path, path, name, shortName });
const dinsos = unit("/ntt/dinsos/", "Dinas Sosial Provinsi Nusa Tenggara Timur", "Dinas Sosial");
const units = [
  dinsos,
  unit("/ntt/dinsos/sek/", "Sekretariat Dinas Sosial", "Sekretariat"),
  unit("/ntt/dinsos/sek/kepum/", "Sub Bagian Kepegawaian dan Umum"),
  unit("/ntt/dinsos/sek/program/", "Sub Koordinator Substansi Program, Data dan Evaluasi"),
  unit("/ntt/dinsos/lansia/", "UPTD Kesejahteraan Sosial Lanjut Usia di Kupang"),
  unit("/ntt/dinsos/lansia/tu/", "Sub Bagian Tata Usaha"),
  unit("/ntt/dinsos/lansia/budi/", "Seksi Kesejahteraan Sosial Budi Agung"),
  unit("/ntt/dinsos/anak/", "UPTD Kesejahteraan Sosial Anak di Kupang"),
  unit("/ntt/dinsos/anak/tu/", "Sub Bagian Tata Usaha"),
];
const header = ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS SOSIAL"];

describe("matchUnit", () => {
  it("follows the lines down to the deepest unit", () => {
    expect(matchUnit([...header, "SEKRETARIAT", "SUB BAGIAN KEPEGAWAIAN DAN UMUM"], dinsos, units).unit.path).toBe("/ntt/dinsos/sek/kepum/");
  });

  it("tolerates the documents' typos and repeated words", () => {
    expect(matchUnit([...header, "SEKRETARIAT", "SUB KOORDINATOR SUBTANSI PROGRAM, DATA DAN EVALUASI"], dinsos, units).unit.path).toBe("/ntt/dinsos/sek/program/");
    expect(matchUnit([...header, "UPTD KESEJAHTERAAN SOSIAL SOSIAL LANJUT USIA DI KUPANG", "SEKSI KESEJAHTERAAN SOSIAL BUDI AGUNG"], dinsos, units).unit.path).toBe("/ntt/dinsos/lansia/budi/");
  });

  it("picks the sub-unit of the UPTD named above it", () => {
    expect(matchUnit([...header, "UPTD KESEJAHTERAAN SOSIAL ANAK DI KUPANG", "SUB BAGIAN TATA USAHA"], dinsos, units).unit.path).toBe("/ntt/dinsos/anak/tu/");
  });

  it("stays at the agency when no line names a unit below it", () => {
    const result = matchUnit(header, dinsos, units);
    expect(result.unit.path).toBe("/ntt/dinsos/");
    expect(result.matchedLines).toEqual([]);
  });
});
