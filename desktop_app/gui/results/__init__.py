"""结果看板: the ranking, the explain view, charts and the results workbook."""
