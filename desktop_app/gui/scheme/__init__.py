"""考核方案: the scheme tree, its item forms, and the undo history shared with the towns tab."""
