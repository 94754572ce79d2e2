// Forms of the sign-in and password screens, shared by the client form and the server.
import { z } from "@/lib/utils/zod";

export const loginSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "Isi NIP atau alamat email.")
    .max(254, "NIP atau email terlalu panjang."),
  password: z.string().min(1, "Isi kata sandi.").max(256, "Kata sandi terlalu panjang."),
});
export type LoginInput = z.infer<typeof loginSchema>;
