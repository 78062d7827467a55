"""加分与否决: the bonus, inspection and veto registers."""
