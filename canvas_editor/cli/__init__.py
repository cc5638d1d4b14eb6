"""The command line: every command that needs no window works without Qt."""
