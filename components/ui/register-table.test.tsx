// The shared register pieces: a table with its columns in order and the filters' common fields.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegisterFilters, FilterSelect } from "./register-filters";
import { RegisterTable } from "./register-table";

describe("RegisterTable", () => {
  it("names the table, puts the headers in column order and one row per record", () => {
    const html = renderToStaticMarkup(
      <RegisterTable caption="Daftar uji" rows={[{ id: "a", n: 1 }, { id: "b", n: 2 }]} columns={[
        { header: "Kode", nowrap: true, cell: (r) => r.id },
        { header: "Nilai", className: "tabular", cell: (r) => r.n },
      ]} />,
    );
    expect(html).toContain('aria-label="Daftar uji"');
    expect(html.indexOf(">Kode<")).toBeLessThan(html.indexOf(">Nilai<"));
    expect(html.match(/<tr/g)).toHaveLength(3);
    expect(html).toMatch(/<td class="[^"]*tabular[^"]*">2<\/td>/);
  });
});

describe("RegisterFilters", () => {
  const opts = [{ value: "u1", label: "Unit satu" }];
  it("starts with Cari and Unit, leaves out Perangkat Daerah without options, then the register's own fields", () => {
    const html = renderToStaticMarkup(
      <RegisterFilters resetHref="/x" search={{ value: "cari", placeholder: "Kata" }} agencies={{ options: [], value: undefined }} units={{ options: opts, value: "u1" }}>
        <FilterSelect label="Status" name="status" id="filter-status" options={opts} placeholder="Semua status" value={undefined} />
      </RegisterFilters>,
    );
    expect(html).toContain('role="search"');
    expect(html).toContain('name="q"');
    expect(html).not.toContain('name="agencyId"');
    expect(html.indexOf('name="unitId"')).toBeLessThan(html.indexOf('name="status"'));
    expect(html).toContain("Semua status");
  });
  it("shows Perangkat Daerah when there are options", () => {
    const html = renderToStaticMarkup(
      <RegisterFilters resetHref="/x" search={{ value: undefined, placeholder: "Kata" }} agencies={{ options: opts, value: undefined }} units={{ options: opts, value: undefined }}>
        {null}
      </RegisterFilters>,
    );
    expect(html).toContain('name="agencyId"');
    expect(html).toContain("Semua Perangkat Daerah");
  });
});
