// The narrative-only sections: no module holds their data yet, so the compiler gives the manajer
// mutu's narrative its prompt (b, c7, d, e of ISO 9001:2015 9.3.2).
import type { SectionCompiler, SectionData } from "../input-types";

const narrative = (note: string): SectionCompiler => async (): Promise<SectionData> => ({ figures: [], tables: [], charts: [], note });

/** (b) Perubahan isu eksternal dan internal. */
export const compileIssueChanges = narrative(
  "Diisi naratif: perubahan regulasi, kebijakan daerah, anggaran, organisasi dan harapan pihak berkepentingan sejak tinjauan sebelumnya.",
);
/** (c7) Kinerja penyedia eksternal. */
export const compileExternalProviders = narrative(
  "Diisi naratif: belum ada register penyedia eksternal di portal (penyedia barang/jasa, lembaga sertifikasi, layanan TI).",
);
/** (d) Kecukupan sumber daya. */
export const compileResources = narrative(
  "Diisi naratif: kecukupan SDM, kompetensi, sarana prasarana dan anggaran untuk menjalankan SMM.",
);
/** (e) Efektivitas tindakan menangani risiko dan peluang. */
export const compileRisks = narrative("Diisi naratif: belum ada register risiko di portal; uraikan tindakan atas risiko dan peluang serta efektivitasnya.");
