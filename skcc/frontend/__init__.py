"""Frontend: bytes on disk -> SkIR, with diagnostics for everything malformed."""
