"""Template tags of the portals."""
