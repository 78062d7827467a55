"""Pure-Python domain core: the year model, validation and scoring.

Nothing here imports Qt or touches SQL, so any caller (GUI, documents, command
line, what-if simulation) gets the same numbers from the same functions.
"""
