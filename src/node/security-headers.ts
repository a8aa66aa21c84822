// Response headers every server of the page sends: no other origin may frame it (clickjacking).
// A <meta> Content-Security-Policy cannot carry frame-ancestors, so these are headers — set for
// `vite`, `vite preview` and the build the tests serve; a production server must send the same
// (README, "Serving the build").
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
} as const;
