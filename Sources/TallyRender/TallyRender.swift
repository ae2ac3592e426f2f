// TallyRender: filled in by its issue.
