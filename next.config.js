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
    "@react-pdf/renderer",
  ],
  // Static headers for every response, built assets too; proxy.ts adds the per-request CSP (with
  // its nonce) and HSTS, which depend on the request and on the configuration in lib/env.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  experimental: {
    authInterrupts: true,
    // A controlled document's file may be up to 20 MB (DOCUMENT_FILE_MAX_BYTES) plus the form around it.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

export default nextConfig;
