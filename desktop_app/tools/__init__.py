"""Developer and support tools (year generator, screenshots)."""
