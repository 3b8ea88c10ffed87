"""Reports → "Export shift report…": the dialog, its form and preview, and the job thread."""
