"""Shared by every tab: the tab base, undo, messages to the user, background work, cell flags."""
