"""What every context stands on: configuration, storage, auth, audit, jobs, the app."""
