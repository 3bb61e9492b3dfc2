"""Server-rendered pages: the review console and the public pages."""
