#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on offline machines.
# `prisma generate` only checks that the file exists; anything that really runs it lands here.
echo "Portal Mutu tidak memakai schema engine native Prisma. Pakai: npm run db:migrate / npm run db:migration:new" >&2
exit 1
