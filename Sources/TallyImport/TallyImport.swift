// TallyImport: filled in by its issue.
