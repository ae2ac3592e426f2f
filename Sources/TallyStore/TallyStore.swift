// TallyStore: filled in by its issue.
