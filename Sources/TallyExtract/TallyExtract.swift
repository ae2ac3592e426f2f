// TallyExtract: filled in by its issue.
