// TallyNotebook: filled in by its issue.
