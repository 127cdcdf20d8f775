"""Interactive network views: filled in by the visualisation work."""
