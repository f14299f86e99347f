"""The one error code generation raises."""


class CodegenError(RuntimeError):
    """Generation failed, produced warnings, or met a spec it cannot turn into good models."""
