"""部门打分: a department's grid, the cell panel, and its Excel sheets out and back."""
