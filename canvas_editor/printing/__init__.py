"""Printing: the PDF export's bytes, sent to the print system (no Qt)."""
