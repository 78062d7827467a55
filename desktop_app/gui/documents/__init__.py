"""公文输出: the official notice, the letters and the score sheets."""
