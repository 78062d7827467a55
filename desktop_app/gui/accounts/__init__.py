"""Accounts in the window: signing in, changing one's password, and the administrator's account list."""
