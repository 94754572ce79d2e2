// Next.js configuration. Nothing is fetched from outside at build or run time (no next/font/google,
// no remote images), and packages with native or WebAssembly parts stay outside the bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
  ],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default nextConfig;
