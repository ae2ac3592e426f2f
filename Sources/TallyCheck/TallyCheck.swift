// TallyCheck: filled in by its issue.
