"""The audit trail in the window: who changed what, filtered, exported, checked."""
