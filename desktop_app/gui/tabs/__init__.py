"""One module per tab. Every tab is ``XTab(workspace, parent=None)`` and
refreshes itself from ``workspace`` on ``yearOpened`` and ``changed``."""
