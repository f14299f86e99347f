"""Contract tests: every public call against spec/ and the sandbox."""
